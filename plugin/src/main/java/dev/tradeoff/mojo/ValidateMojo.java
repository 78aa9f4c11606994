package dev.tradeoff.mojo;

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
            Strategy strategy = Tradeoff.load(strategyDirectory.toPath());
            getLog().info(String.format(java.util.Locale.ROOT,
                    "The strategy in %s is valid: %d initiatives, %d objectives, %d teams",
                    displayPath(strategyDirectory.toPath()), strategy.initiatives().size(),
                    strategy.objectives().size(), strategy.teams().size()));
        } catch (StrategyException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the strategy: " + e.getMessage(), e);
        }
    }
}
