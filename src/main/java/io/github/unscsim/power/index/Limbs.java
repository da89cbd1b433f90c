package io.github.unscsim.power.index;

import java.math.BigInteger;

/**
 * Non-negative integers of any size stored as little-endian 62-bit limbs in flat {@code long} arrays, so that a
 * counting table of millions of cells costs no objects. Each operation works on a number of {@code n} limbs at an
 * offset; carries and borrows stay within those limbs (the caller sizes them so nothing overflows).
 */
final class Limbs {

    static final int BITS = 62;
    static final long MASK = (1L << BITS) - 1;

    private Limbs() {
    }

    /** Returns the number of limbs for numbers below 2^bits. */
    static int forBits(int bits) {
        return bits / BITS + 1;
    }

    /** Adds {@code src[s..s+srcLength)} to {@code dst[d..d+dstLength)}, with {@code srcLength <= dstLength}. */
    static void add(long[] dst, int d, int dstLength, long[] src, int s, int srcLength) {
        long carry = 0;
        int k = 0;
        for (; k < srcLength; k++) {
            long sum = dst[d + k] + src[s + k] + carry;
            dst[d + k] = sum & MASK;
            carry = sum >>> BITS;
        }
        for (; carry != 0 && k < dstLength; k++) {
            long sum = dst[d + k] + carry;
            dst[d + k] = sum & MASK;
            carry = sum >>> BITS;
        }
    }

    /** Subtracts {@code src[s..s+length)} from {@code dst[d..d+length)}; the result must not be negative. */
    static void subtract(long[] dst, int d, long[] src, int s, int length) {
        long borrow = 0;
        for (int k = 0; k < length; k++) {
            long difference = dst[d + k] - src[s + k] - borrow;
            dst[d + k] = difference & MASK;
            borrow = difference >>> 63;
        }
    }

    /**
     * Returns the sum of some counts (a loop, not a stream: see {@link Shares}).
     *
     * @param counts the counts
     * @return their sum
     */
    static BigInteger sum(BigInteger[] counts) {
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger count : counts) {
            sum = sum.add(count);
        }
        return sum;
    }

    /** Returns the number at {@code a[offset..offset+length)}. */
    static BigInteger toBigInteger(long[] a, int offset, int length) {
        BigInteger value = BigInteger.ZERO;
        for (int k = length - 1; k >= 0; k--) {
            value = value.shiftLeft(BITS).or(BigInteger.valueOf(a[offset + k]));
        }
        return value;
    }

    /** Fails clearly if a table of {@code cells} longs cannot be allocated. */
    static void checkMemory(long cells, String what) {
        long available = Runtime.getRuntime().maxMemory() / 8 / 4 * 3;
        if (cells > Integer.MAX_VALUE - 16 || cells > available) {
            throw new IllegalArgumentException(what + " needs a table of about " + (cells * 8 >> 20)
                    + " MB; this JVM may use " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB (raise -Xmx, or choose an index that needs less)");
        }
    }
}
