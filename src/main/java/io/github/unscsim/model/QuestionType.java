package io.github.unscsim.model;

/** What kind of question the Council decides, which settles the adoption rule that applies (Art. 27). */
public enum QuestionType {
    /** A non-procedural ("all other matters", Art. 27(3)) question: a permanent member's negative vote is a veto. */
    SUBSTANTIVE,
    /** A procedural matter (Art. 27(2)): the agenda, invitations, adjournment and the like; no veto. */
    PROCEDURAL,
    /**
     * The preliminary question whether a matter is procedural. It has been treated as non-procedural, so a
     * permanent member can veto it and then veto the matter itself: the "double veto".
     */
    PRELIMINARY,
    /** The election of judges of the International Court of Justice (ICJ Statute Art. 10): absolute majority, no veto. */
    ICJ_ELECTION
}
