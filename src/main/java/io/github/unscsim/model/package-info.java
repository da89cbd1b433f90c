/**
 * The Security Council as plain immutable values: member states, seats, councils, questions, draft resolutions,
 * votes and ballots. This package depends on nothing else in the library.
 */
package io.github.unscsim.model;
