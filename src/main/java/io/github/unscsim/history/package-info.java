/**
 * The bundled record: the Council's membership on every date from 1946 ({@link io.github.unscsim.history.Councils})
 * and the member states' names by date ({@link io.github.unscsim.history.MemberStates}), read from documented data
 * files in this package's resources.
 */
package io.github.unscsim.history;
