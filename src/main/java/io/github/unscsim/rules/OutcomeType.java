package io.github.unscsim.rules;

/**
 * The three classes of outcome, as the Dag Hammarskjöld Library's veto list counts them.
 */
public enum OutcomeType {
    /** Adopted. */
    ADOPTED,
    /**
     * Not adopted although the required number of affirmative votes was reached, because at least one veto holder
     * (under the Charter, a permanent member on a non-procedural question) voted against.
     */
    VETOED,
    /**
     * Not adopted for want of the required number of affirmative votes, whatever the veto holders did: a
     * permanent member's negative vote on a draft that failed is not a veto.
     */
    FAILED
}
