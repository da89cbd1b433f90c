/**
 * Reform models of the Security Council (today's, 1946–65, the G4, Uniting for Consensus and Ezulwini proposals of
 * 2005, custom ones): seats, quota and veto holders with their sources, each giving a {@code model.Council} and its
 * adoption rule, for the power indices and the what-if scenarios.
 */
package io.github.unscsim.reform;
