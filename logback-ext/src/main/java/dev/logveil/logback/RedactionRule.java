package dev.logveil.logback;

/**
 * A custom redaction rule, written in {@code logback.xml} as a repeatable element of any Logveil component:
 *
 * <pre>{@code
 * <rule>
 *   <name>customer-id</name>
 *   <regex>cust-[0-9]{8}</regex>
 *   <replacement>cust-********</replacement>
 * </rule>
 * }</pre>
 *
 * <p>The regex uses RE2 syntax (linear time: no back-references, no look-arounds); the replacement may refer to
 * groups as {@code $1}; an empty replacement means the mask.
 */
public class RedactionRule {
    private String name;
    private String regex;
    private String replacement;

    /** The rule's name, shown in status messages; default {@code rule-<position>}. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The RE2 regular expression whose matches are replaced. Required. */
    public String getRegex() {
        return regex;
    }

    public void setRegex(String regex) {
        this.regex = regex;
    }

    /** What replaces a match; {@code $1}-style group references allowed; empty for the mask. */
    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
