/**
 * Adoption rules as strategies ({@link io.github.unscsim.rules.AdoptionRule}, the family in
 * {@link io.github.unscsim.rules.AdoptionRules}) and the {@link io.github.unscsim.rules.Outcome} each produces.
 * Depends only on {@code model}.
 */
package io.github.unscsim.rules;
