package io.github.unscsim.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Seat;
import io.github.unscsim.model.Tally;
import io.github.unscsim.rules.Outcome;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Objects;

/**
 * JSON views of the library's values, as the command line prints them. Thread-safe.
 *
 * <p>A council: {@code {"date": "2016-10-08", "name": ..., "members": [{"code": "CHN", "name": "China",
 * "permanent": true}, ...]}}. An outcome: {@code {"adopted": false, "outcome": "VETOED", "yes": 11, "no": 2,
 * "abstain": 2, "absent": 0, "notParticipating": 0, "required": 9, "votesShort": 0, "vetoedBy": ["RUS"],
 * "rule": ..., "explanation": ...}}.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * Returns the shared mapper, set to indent its output.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Returns a council as JSON: its date (null for a custom council), its name and its members.
     *
     * @param council the council, not null
     * @return the JSON object
     */
    public static ObjectNode council(Council council) {
        Objects.requireNonNull(council, "council");
        ObjectNode node = MAPPER.createObjectNode();
        node.put("date", council.date().map(Object::toString).orElse(null));
        node.put("name", council.name());
        ArrayNode members = node.putArray("members");
        for (Seat seat : council.seats()) {
            ObjectNode member = members.addObject();
            member.put("code", seat.member().code());
            member.put("name", seat.member().name());
            member.put("permanent", seat.isPermanent());
            if (!seat.isPermanent() && !seat.term().first().equals(java.time.LocalDate.MIN)) {
                member.put("term", seat.term().toString());
            }
        }
        return node;
    }

    /**
     * Returns an outcome as JSON.
     *
     * @param outcome the outcome, not null
     * @return the JSON object
     */
    public static ObjectNode outcome(Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Tally tally = outcome.tally();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("adopted", outcome.isAdopted());
        node.put("outcome", outcome.type().name());
        node.put("yes", tally.yes());
        node.put("no", tally.no());
        node.put("abstain", tally.abstain());
        node.put("absent", tally.absent());
        node.put("notParticipating", tally.notParticipating());
        node.put("required", outcome.required());
        node.put("votesShort", outcome.votesShort());
        node.set("vetoedBy", codes(outcome.vetoingMembers()));
        node.put("rule", outcome.rule());
        node.put("explanation", outcome.explanation());
        return node;
    }

    /**
     * Returns members as a JSON array of their alpha-3 codes.
     *
     * @param members the members, not null
     * @return the array
     */
    public static ArrayNode codes(Collection<MemberState> members) {
        ArrayNode array = MAPPER.createArrayNode();
        members.forEach(member -> array.add(member.code()));
        return array;
    }

    /**
     * Writes JSON as indented text.
     *
     * @param node the JSON, not null
     * @return the text
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
