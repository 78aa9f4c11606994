package dev.tradeoff.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A strategy folder held in memory: relative path ({@code "initiatives/x.yaml"}) to file text. For tests. */
public final class MemorySource implements StrategySource {

    private final TreeMap<String, String> files;

    public MemorySource(Map<String, String> files) {
        this.files = new TreeMap<>(files);
    }

    @Override
    public String describe() {
        return "(in memory)";
    }

    @Override
    public List<String> list(String folder) {
        return PathListing.files(files.keySet(), folder);
    }

    @Override
    public List<String> folders(String folder) {
        return PathListing.folders(files.keySet(), folder);
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        return Optional.ofNullable(files.get(relativePath)).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }
}
