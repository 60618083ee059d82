package org.scfin.enterprise;

public enum BankType {
    POLICY,
    STATE_OWNED,
    JOINT_STOCK,
    CITY_COMMERCIAL,
    RURAL_CREDIT,
    VILLAGE_BANK
}
