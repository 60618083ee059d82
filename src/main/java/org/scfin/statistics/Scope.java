package org.scfin.statistics;

/** Scope keys of the statistics tables: what a sum or a member belongs to. */
final class Scope {

    private Scope() {}

    static String region(String code) {
        return "R" + code;
    }

    static String bank(String bankId) {
        return "B" + bankId;
    }

    static String chain(String chainId) {
        return "C" + chainId;
    }

    static String chainBank(String chainId, String bankId) {
        return chain(chainId) + "B" + bankId;
    }
}
