package io.github.unscsim.model;

/** The part of the Charter a decision is taken under; it decides whether Art. 27(3)'s obligatory abstention can apply. */
public enum CharterBasis {
    /** Chapter VI, the pacific settlement of disputes: a party to a dispute abstains. */
    CHAPTER_VI,
    /** Art. 52(3), regional arrangements: a party to a dispute abstains. */
    ARTICLE_52_3,
    /** Chapter VII, action with respect to threats to the peace: parties to a dispute vote. */
    CHAPTER_VII,
    /** Not stated, or another part of the Charter. */
    UNSPECIFIED;

    /**
     * Tells whether the obligatory abstention of Art. 27(3) can apply to a decision on this basis.
     *
     * @return true for Chapter VI and Art. 52(3)
     */
    public boolean requiresAbstentionOfParties() {
        return this == CHAPTER_VI || this == ARTICLE_52_3;
    }
}
