package dev.tradeoff.load;

/** An {@code id} key in a file named after its id: allowed, but it must say the same as the file name. */
final class ExplicitId {

    private ExplicitId() {
    }

    static void check(Fields fields, String fileId, NodeReader reader) {
        YamlNode node = fields.get("id");
        String given = node == null ? null : reader.text(node, "id");
        if (given != null && !given.equals(fileId)) {
            reader.problem(node, "id: '" + given + "' does not match the file name '" + fileId
                    + ".yaml'; remove the id or rename the file");
        }
    }
}
