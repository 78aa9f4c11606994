package dev.tradeoff.load;

import dev.tradeoff.model.Team;
import dev.tradeoff.model.TeamType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code teams.yaml}: the teams, in the order written, and the ids initiative owners may name. */
final class TeamsReader {

    static final String EXPECTED = "a 'teams' list";

    private static final List<String> KEYS = List.of("teams");
    private static final List<String> TEAM_KEYS = List.of("id", "name", "type", "people");

    /** The teams (null when teams.yaml has problems) and the ids that could be read. */
    record Result(List<Team> teams, KnownIds ids) {
    }

    private TeamsReader() {
    }

    static Result read(YamlMapping root, NodeReader reader) {
        int before = reader.problemCount();
        Fields fields = reader.fields(root, null, KEYS, Map.of("teams", TEAM_KEYS));
        YamlNode listNode = fields.required("teams");
        List<YamlNode> items = listNode == null ? null : reader.list(listNode, "teams");
        DefinedIds ids = new DefinedIds();
        if (items == null) {
            ids.unreadable();
        }
        List<Team> teams = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            YamlMapping entry = reader.mapping(item, "teams");
            if (entry == null) {
                ids.unread(item);
                continue;
            }
            Fields team = reader.fields(entry, "team", TEAM_KEYS);
            YamlNode idNode = team.required("id");
            String id = idNode == null ? null : reader.id(idNode, "id");
            String name = team.requiredText("name");
            TeamType type = team.requiredChoice("type", TeamType.class);
            Double people = team.requiredNumber("people", NumberRange.atLeast(0));
            if (id == null) {
                ids.unread(idNode);
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(id, idNode.line());
            if (earlier != null) {
                reader.problem(idNode, "id: team '" + id + "' is already defined at line " + earlier);
                continue;
            }
            ids.add(id);
            if (name != null && type != null && people != null) {
                teams.add(new Team(id, name, type, people));
            }
        }
        return new Result(reader.problemCount() == before ? teams : null, ids.known());
    }
}
