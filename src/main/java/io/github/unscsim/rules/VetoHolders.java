package io.github.unscsim.rules;

import com.google.common.collect.ImmutableSortedSet;
import io.github.unscsim.model.Council;
import io.github.unscsim.model.MemberState;
import java.util.Objects;
import java.util.Set;

/**
 * Who holds a veto under a rule: the council's permanent members, nobody, every member (a rule of consensus, where
 * any member's objection blocks), or a named set of members (a reform council where some new permanent members lack
 * the veto, or a teaching rule). Immutable and thread-safe.
 */
public sealed interface VetoHolders {

    /**
     * Tells whether a member of a council holds a veto.
     *
     * @param council the council, not null
     * @param member a member of the council, not null
     * @return true if the member's vote can block adoption
     */
    boolean holdsVeto(Council council, MemberState member);

    /**
     * Checks that the veto holders can hold a veto on a council: every named one is a member of it.
     *
     * @param council the council, not null
     * @throws IllegalArgumentException naming the first veto holder that is not a member of the council
     */
    default void checkMembers(Council council) {
    }

    /**
     * Returns the permanent members of whichever council votes.
     *
     * @return the veto holders
     */
    static VetoHolders permanentMembers() {
        return PermanentMembers.INSTANCE;
    }

    /**
     * Returns nobody: a rule with no veto.
     *
     * @return the veto holders
     */
    static VetoHolders none() {
        return Named.NONE;
    }

    /**
     * Returns every member of whichever council votes: a rule under which any member's blocking vote stops a draft.
     *
     * @return the veto holders
     */
    static VetoHolders allMembers() {
        return AllMembers.INSTANCE;
    }

    /**
     * Returns the members with the given codes, whether or not they hold permanent seats.
     *
     * @param codes alpha-3 codes, not null
     * @return the veto holders
     */
    static VetoHolders of(Set<String> codes) {
        return new Named(codes);
    }

    /** The permanent members of the council that votes. */
    enum PermanentMembers implements VetoHolders {
        /** The one instance. */
        INSTANCE;

        @Override
        public boolean holdsVeto(Council council, MemberState member) {
            return council.isPermanent(member.code());
        }

        @Override
        public String toString() {
            return "the permanent members";
        }
    }

    /** Every member of the council that votes. */
    enum AllMembers implements VetoHolders {
        /** The one instance. */
        INSTANCE;

        @Override
        public boolean holdsVeto(Council council, MemberState member) {
            return true;
        }

        @Override
        public String toString() {
            return "every member";
        }
    }

    /**
     * The members with the given codes.
     *
     * @param codes alpha-3 codes, not null, may be empty
     */
    record Named(Set<String> codes) implements VetoHolders {
        static final Named NONE = new Named(Set.of());

        /**
         * Validates and copies the codes.
         *
         * @param codes alpha-3 codes, not null
         */
        public Named {
            Objects.requireNonNull(codes, "codes");
            codes.forEach(MemberState::checkCode);
            codes = ImmutableSortedSet.copyOf(codes);
        }

        @Override
        public boolean holdsVeto(Council council, MemberState member) {
            return codes.contains(member.code());
        }

        @Override
        public void checkMembers(Council council) {
            for (String code : codes) {
                if (!council.contains(code)) {
                    throw new IllegalArgumentException("veto holder " + code + " is not a member of "
                            + council.name());
                }
            }
        }

        @Override
        public String toString() {
            return codes.isEmpty() ? "nobody" : String.join(", ", codes);
        }
    }
}
