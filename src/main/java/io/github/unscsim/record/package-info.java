/**
 * The record of the Council's votes: every recorded vote as a {@link io.github.unscsim.record.RecordedVote}, the
 * bundled {@link io.github.unscsim.record.VotingRecord} with its queries and statistics, replays under the rule in force
 * and counterfactual replays ({@link io.github.unscsim.record.Replay}), and the import of a researcher's file or the
 * Dag Hammarskjöld Library's voting data ({@link io.github.unscsim.record.RecordFormat}). Uses {@code model},
 * {@code rules}, {@code history}, {@code reform} and {@code scenario}.
 */
package io.github.unscsim.record;
