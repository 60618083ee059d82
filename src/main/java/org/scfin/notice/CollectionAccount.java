package org.scfin.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;

/**
 * The account a program's bank collects into: a notice of assignment tells the core enterprise to pay the assigned
 * receivables there. Written exactly as the payer must write it on a transfer, so nothing is trimmed or reformatted.
 */
@Schema(
        name = "CollectionAccount",
        description = "The bank account the core enterprise pays assigned receivables into (named on every notice of"
                + " assignment)")
public record CollectionAccount(
        @Schema(description = "The account holder's name, up to 100 characters", example = ACCOUNT_NAME)
        @NotNull
        @NotBlank
        @Size(max = 100)
        @PlainText
        String accountName,

        @Schema(
                description = "6 to 34 digits or capital letters, without spaces (a Chinese account number is digits;"
                        + " an IBAN also fits)",
                example = ACCOUNT_NUMBER)
        @NotNull
        @Pattern(regexp = NUMBER_PATTERN, message = "must be 6 to 34 digits or capital letters, without spaces")
        String accountNumber,

        @Schema(description = "The bank and branch that hold the account, up to 100 characters", example = BRANCH_NAME)
        @NotNull
        @NotBlank
        @Size(max = 100)
        @PlainText
        String branchName) {

    public static final String NUMBER_PATTERN = "^[0-9A-Z]{6,34}$";
    public static final String ACCOUNT_NAME = "甘肃银行股份有限公司金昌分行供应链金融回款专户";
    public static final String ACCOUNT_NUMBER = "62050163360800000188";
    public static final String BRANCH_NAME = "甘肃银行金昌分行营业部";
    public static final String EXAMPLE = "{\"accountName\": \"" + ACCOUNT_NAME + "\", \"accountNumber\": \""
            + ACCOUNT_NUMBER + "\", \"branchName\": \"" + BRANCH_NAME + "\"}";

    /** The account stored in three columns, or null where none is stored. */
    public static CollectionAccount ofColumns(String accountName, String accountNumber, String branchName) {
        return accountNumber == null ? null : new CollectionAccount(accountName, accountNumber, branchName);
    }
}
