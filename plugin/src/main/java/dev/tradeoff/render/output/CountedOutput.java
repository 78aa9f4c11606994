package dev.tradeoff.render.output;

import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;

/** A {@link SiteOutput} that counts the files written through it into a count it may share with others. */
public final class CountedOutput implements SiteOutput {

    private final SiteOutput output;
    private final LongAdder written;

    public CountedOutput(SiteOutput output, LongAdder written) {
        this.output = output;
        this.written = written;
    }

    @Override
    public void write(String relativePath, byte[] content) throws IOException {
        output.write(relativePath, content);
        written.increment();
    }
}
