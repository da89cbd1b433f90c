package io.github.unscsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.unscsim.history.Councils;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import io.github.unscsim.model.Question;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on 127.0.0.1: 20 clients at once, 2,000 evaluations of random ballots in all, after 500 sent one at
 * a time to warm the server up, untimed. Every answer must be a 200 that agrees with the library. The latencies are
 * printed (median and 99th percentile), not asserted: the README quotes them with this command.
 */
class BoardLoadTest {

    static final int CLIENTS = Integer.getInteger("board.clients", 20);

    /** The evaluations sent, one at a time, before the clock starts. */
    static final int WARM_UP = 500;
    static final int EVALUATIONS = 2_000;

    @Test
    void twentyClients_twoThousandEvaluations_noErrorAndEveryAnswerTheLibrarys() throws Exception {
        Council council = Councils.parse("2016-10-08");
        ObjectMapper json = new ObjectMapper();
        try (BoardServer server = BoardServer.start(0)) {
            // untimed, so that the figures are of a warmed-up server, not of the JIT compiler
            String warmUp = "{\"council\": \"2016-10-08\", \"positions\": {\"default\": \"yes\"}}";
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(Http.post(server.address().resolve("/api/board"), warmUp).statusCode()).isEqualTo(200);
            }
            CountDownLatch gate = new CountDownLatch(1);
            AtomicLong lastSent = new AtomicLong();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<long[]>> runs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                // the ballots and the library's outcomes first, the answers checked after: while the clock runs,
                // a client only sends and reads
                Random random = new Random(20161008L + c);
                int count = EVALUATIONS / CLIENTS;
                List<Ballot> ballots = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    Ballot.Builder builder = Ballot.builder(council, Question.substantive());
                    StringBuilder positions = new StringBuilder();
                    for (MemberState member : council.members()) {
                        Vote vote = Vote.values()[random.nextInt(Vote.values().length)];
                        builder.vote(member.code(), vote);
                        positions.append(positions.length() == 0 ? "" : ", ").append('"').append(member.code())
                                .append("\": \"").append(vote.label()).append('"');
                    }
                    ballots.add(builder.build());
                    bodies.add("{\"council\": \"2016-10-08\", \"positions\": {" + positions + "}}");
                }
                runs.add(clients.submit(() -> {
                    long[] nanos = new long[count];
                    gate.await();
                    List<Http.Response> answers = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        long start = System.nanoTime();
                        answers.add(Http.post(server.address().resolve("/api/board"), bodies.get(i)));
                        nanos[i] = System.nanoTime() - start;
                    }
                    lastSent.accumulateAndGet(System.nanoTime(), Math::max);
                    for (int i = 0; i < count; i++) {
                        Http.Response response = answers.get(i);
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                        JsonNode outcome = json.readTree(response.body()).get("outcome");
                        Outcome expected = AdoptionRules.inForce(ballots.get(i)).evaluate(ballots.get(i));
                        assertThat(outcome.get("outcome").asText()).isEqualTo(expected.type().name());
                        assertThat(outcome.get("explanation").asText()).isEqualTo(expected.explanation());
                    }
                    return nanos;
                }));
            }
            long began = System.nanoTime();
            gate.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<long[]> run : runs) {
                Arrays.stream(run.get()).forEach(all::add);
            }
            clients.shutdown();
            double wall = (lastSent.get() - began) / 1e6;
            assertThat(all).hasSize(EVALUATIONS);
            Collections.sort(all);
            System.out.printf("board load: %d clients, %d evaluations (after %d to warm up) in %.0f ms (%.2f ms an evaluation): latency "
                    + "median %.2f ms, 99th percentile %.2f ms%n", CLIENTS, all.size(), WARM_UP, wall, wall / all.size(),
                    all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6);
        }
    }
}
