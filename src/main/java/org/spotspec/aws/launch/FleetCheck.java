package org.spotspec.aws.launch;

import org.spotspec.aws.DryRun;

/**
 * One call an EC2 Fleet dry run checked, or could not check.
 *
 * @param verdict EC2's answer to the dry run; null when the call was not checked (see {@code note})
 * @param note    why not, or what else the check covers
 */
public record FleetCheck(String action, String permission, DryRun.Verdict verdict, String note) {
    public boolean checked() {
        return verdict != null;
    }

    /** {@code would-succeed}, {@code not-permitted}, … or {@code not-checked}. */
    public String result() {
        return verdict == null ? "not-checked"
                : verdict.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String summary() {
        return verdict == null ? note : verdict.summary() + (note.isEmpty() ? "" : " " + note);
    }
}
