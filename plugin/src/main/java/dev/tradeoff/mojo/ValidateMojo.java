package dev.tradeoff.mojo;

import static dev.tradeoff.view.NumberFormats.counted;

import dev.tradeoff.LoadedStrategy;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.model.Strategy;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the strategy folder and reports every problem at once, writing nothing. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractStrategyMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        try {
            LoadedStrategy loaded = Tradeoff.validate(strategyDirectory.toPath());
            warnOf(loaded.warnings());
            tellOfLeftovers(loaded.leftovers());
            Strategy strategy = loaded.strategy();
            getLog().info("The strategy in " + displayPath(strategyDirectory.toPath()) + " is valid: "
                    + counted(strategy.initiatives().size(), "initiative") + ", "
                    + counted(strategy.objectives().size(), "objective") + ", "
                    + counted(strategy.teams().size(), "team"));
        } catch (StrategyException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the strategy: " + e.getMessage(), e);
        }
    }
}
