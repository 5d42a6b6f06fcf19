package dev.logveil.core.redact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Generated corpora, one per family of secret shapes in real Java service logs, each with benign look-alikes beside
 * it: many names, values and surroundings per family, from a fixed seed. {@link #measure} reports, per family, the
 * share of secret lines whose secret is gone (recall) and the share of benign lines that were changed at all.
 *
 * <p>Run {@code main} (or {@code FamilyCorpusTest}) to print the table:
 * <pre>mvn -q -B -ntp -pl core -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=FamilyCorpusTest
 * cat core/target/family-corpus.txt</pre>
 */
public final class FamilyCorpus {
    /** Lines generated per family and kind (secret, benign). */
    static final int LINES = 2_000;
    private static final long SEED = 20_261_201L;

    /** A generated secret line: the line and the secret values planted in it. */
    record SecretLine(String line, List<String> secrets) {
    }

    /** One family's generators. */
    record Family(String name, Function<SplittableRandom, SecretLine> secret,
        Function<SplittableRandom, String> benign) {
    }

    /** One family's figures. */
    record Result(String family, int secretLines, int recalled, int benignLines, int benignChanged,
        List<String> misses, List<String> falsePositives) {
        double recall() {
            return 100.0 * recalled / secretLines;
        }

        double benignChangedPercent() {
            return 100.0 * benignChanged / benignLines;
        }
    }

    private FamilyCorpus() {
    }

    /** Prints the per-family table for the default redactor. */
    public static void main(String[] args) {
        System.out.print(table(measure(Redactor.defaults())));
    }

    /** Runs every family through {@code redactor}. */
    static List<Result> measure(Redactor redactor) {
        List<Result> results = new ArrayList<>();
        for (Family family : families()) {
            SplittableRandom random = new SplittableRandom(SEED ^ family.name().hashCode());
            int recalled = 0;
            List<String> misses = new ArrayList<>();
            for (int n = 0; n < LINES; n++) {
                SecretLine line = family.secret().apply(random);
                String out = redactor.redact(line.line());
                if (allGone(line, out)) {
                    recalled++;
                } else if (misses.size() < 10) {
                    misses.add(line.line() + "  =>  " + out);
                }
            }
            int changed = 0;
            List<String> falsePositives = new ArrayList<>();
            for (int n = 0; n < LINES; n++) {
                String line = family.benign().apply(random);
                String out = redactor.redact(line);
                if (!out.equals(line)) {
                    changed++;
                    if (falsePositives.size() < 10) {
                        falsePositives.add(line + "  =>  " + out);
                    }
                }
            }
            results.add(new Result(family.name(), LINES, recalled, LINES, changed, misses, falsePositives));
        }
        return results;
    }

    /** The table, as the closing note quotes it. */
    static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %8s %9s %8s %15s%n", "family", "secrets", "recall %", "benign",
            "benign changed %"));
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT, "%-28s %8d %9.2f %8d %15.2f%n", r.family(), r.secretLines(),
                r.recall(), r.benignLines(), r.benignChangedPercent()));
        }
        return sb.toString();
    }

    /**
     * Whether no secret survives: neither whole nor any five-character piece of it that the line's surroundings do not
     * contain anyway (so a value cut at its first ';' or '!' counts as a miss).
     */
    static boolean allGone(SecretLine line, String out) {
        for (String secret : line.secrets()) {
            String context = line.line().replace(secret, "\u0000");
            int k = Math.min(5, secret.length());
            for (int i = 0; i + k <= secret.length(); i++) {
                String piece = secret.substring(i, i + k);
                if (piece.isBlank() || context.contains(piece) || "[REDACTED]".contains(piece)) {
                    continue;
                }
                if (out.contains(piece)) {
                    return false;
                }
            }
        }
        return true;
    }

    static List<Family> families() {
        List<Family> families = new ArrayList<>();
        families.add(new Family("1 key names as words", FamilyCorpus::namedSecret, FamilyCorpus::namedBenign));
        families.add(new Family("2 weak names, by value", FamilyCorpus::weakSecret, FamilyCorpus::weakBenign));
        families.add(new Family("3 value ends at its syntax", FamilyCorpus::syntaxSecret, FamilyCorpus::syntaxBenign));
        families.add(new Family("4 encodings", FamilyCorpus::encodedSecret, FamilyCorpus::encodedBenign));
        families.add(new Family("5 authorization, any scheme", FamilyCorpus::authSecret, FamilyCorpus::authBenign));
        families.add(new Family("6 connection strings", FamilyCorpus::connectionSecret,
            FamilyCorpus::connectionBenign));
        families.add(new Family("7 cookies", FamilyCorpus::cookieSecret, FamilyCorpus::cookieBenign));
        families.add(new Family("8 JWT and JWE", FamilyCorpus::jwtSecret, FamilyCorpus::jwtBenign));
        families.add(new Family("9 cards, not decimal ids", FamilyCorpus::cardSecret, FamilyCorpus::cardBenign));
        families.add(new Family("10 nested object values", FamilyCorpus::nestedSecret, FamilyCorpus::nestedBenign));
        return families;
    }

    // ---- family 1: key names as words -------------------------------------------------------------------------

    private static final String[][] SECRET_NAME_WORDS = {
        {"password"}, {"passwd"}, {"pwd"}, {"passphrase"}, {"secret"}, {"token"}, {"api", "key"}, {"secret", "key"},
        {"signing", "key"}, {"private", "key"}, {"client", "secret"}, {"access", "token"}, {"refresh", "token"},
        {"auth", "token"}, {"credentials"}, {"encryption", "key"}, {"master", "key"}, {"webhook", "secret"},
        {"session", "token"}, {"pass"}};
    private static final String[][] NAME_PREFIXES = {
        {}, {"db"}, {"smtp"}, {"mysql"}, {"pg"}, {"jwt"}, {"stripe"}, {"github"}, {"spring", "datasource"},
        {"key", "store"}, {"app"}, {"redis"}, {"ldap", "bind"}, {"new"}, {"admin"}, {"kafka", "sasl"}};
    private static final String[] NEUTRAL_TRAILERS = {"", "", "", "", "value", "confirmation", "base", "hash", "2"};
    private static final String[] ABOUT_WORDS = {
        "count", "type", "min_length", "max_length", "reset_required", "expires", "policy", "enabled", "ttl",
        "endpoint", "url", "name", "id", "header", "file", "path", "length", "rotation_days", "strength", "hint",
        "expiry", "version", "algorithm", "provider", "timeout", "used", "limit", "format", "source", "status"};
    private static final String[] COUNTER_PREFIXES = {"max", "min", "num", "is", "has", "total"};
    private static final String[] LOOKALIKE_NAMES = {
        "keyboard", "secretary", "tokenizer", "monkey", "turkey", "passport", "bypass", "compass", "passenger",
        "keynote", "tokenization", "secretariat", "cache_key", "partition_key", "primary_key", "public_key",
        "sort_key", "idempotency_key", "key_id", "key_origin", "auth_method", "auth_type", "session_timeout"};

    private static SecretLine namedSecret(SplittableRandom r) {
        List<String> words = new ArrayList<>(List.of(pick(r, NAME_PREFIXES)));
        String[] secretWord = pick(r, SECRET_NAME_WORDS);
        if (secretWord.length == 1 && secretWord[0].equals("pass") && words.isEmpty()) {
            words.add("db");
        }
        words.addAll(List.of(secretWord));
        String trailer = pick(r, NEUTRAL_TRAILERS);
        if (!trailer.isEmpty()) {
            words.add(trailer);
        }
        String name = styled(r, words);
        String value = password(r, "!@#$%^*_-+.~");
        return new SecretLine(keyValue(r, name, value), List.of(value));
    }

    private static String namedBenign(SplittableRandom r) {
        String name;
        int kind = r.nextInt(3);
        if (kind == 0) {
            List<String> words = new ArrayList<>(List.of(pick(r, SECRET_NAME_WORDS)));
            words.addAll(List.of(pick(r, ABOUT_WORDS).split("_")));
            name = styled(r, words);
        } else if (kind == 1) {
            String counter = pick(r, COUNTER_PREFIXES);
            List<String> words = new ArrayList<>(List.of(counter));
            words.addAll(List.of(pick(r, SECRET_NAME_WORDS)));
            if (!counter.equals("is") && !counter.equals("has")) {
                // max_tokens, num_api_keys: a count of them.
                words.set(words.size() - 1, words.get(words.size() - 1) + "s");
            }
            name = styled(r, words);
        } else {
            name = pick(r, LOOKALIKE_NAMES);
        }
        return keyValue(r, name, benignValue(r));
    }

    /** A name in one of the styles keys are written in. */
    private static String styled(SplittableRandom r, List<String> words) {
        switch (r.nextInt(5)) {
            case 0:
                return String.join("_", words);
            case 1:
                return String.join("-", words);
            case 2:
                return String.join(".", words);
            case 3:
                StringBuilder camel = new StringBuilder(words.get(0));
                for (String word : words.subList(1, words.size())) {
                    camel.append(word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
                }
                return camel.toString();
            default:
                return String.join("_", words).toUpperCase(Locale.ROOT);
        }
    }

    private static String keyValue(SplittableRandom r, String name, String value) {
        if (Character.isUpperCase(name.charAt(0))) {
            // Environment-style names: as environment dumps and shells write them (-D properties are lower case).
            String[] shapes = {"%k=%v", "export %k=%v", "env %k='%v' set", "%k: %v", "{\"%k\":\"%v\"}"};
            return pick(r, shapes).replace("%k", name).replace("%v", value);
        }
        String[] shapes = {
            "config %k=%v loaded", "%k: %v", "{\"%k\":\"%v\",\"user\":\"bob\"}", "export %k=%v",
            "Props{%k=%v, region=eu-west-1}", "env %k='%v' set", "-D%k=%v", "%k = \"%v\"", "[%k=%v]",
            "MDC{%k=%v}", "%k=%v&page=2", "\"%k\": \"%v\""};
        return pick(r, shapes).replace("%k", name).replace("%v", value);
    }

    private static String benignValue(SplittableRandom r) {
        String[] values = {
            String.valueOf(r.nextInt(5000)), "true", "false", "access", "bearer", "oauth2", "/etc/app/keys/server.pem",
            "https://auth.example.com/oauth/token", "strict", "30d", "90", "PT15M", "HS256", "vault", "db-creds",
            "X-API-Key", "ok", "rsa", "2026-01-31", "en_US", "default"};
        return pick(r, values);
    }

    // ---- family 2: weak names decided by the value ------------------------------------------------------------

    private static final String[] WEAK_NAMES = {"key", "auth", "pass", "session", "Key", "KEY", "Session"};

    private static SecretLine weakSecret(SplittableRandom r) {
        String name = pick(r, WEAK_NAMES);
        String value = r.nextBoolean() ? mixedToken(r, 16 + r.nextInt(30)) : base64(r, 24 + r.nextInt(20));
        String[] shapes = {"%k=%v", "%k: %v", "{\"%k\":\"%v\"}", "req %k=%v user=bob", "(%k=%v)", "?%k=%v&x=1"};
        return new SecretLine(pick(r, shapes).replace("%k", name).replace("%v", value), List.of(value));
    }

    private static String weakBenign(SplittableRandom r) {
        String name = pick(r, WEAK_NAMES);
        String[] values = {
            "uploads/2026/01/img_" + r.nextInt(100000) + ".png", "user:" + r.nextInt(100000) + ":profile",
            String.valueOf(r.nextInt(100000)), "Enter", "Escape", "ArrowUp", "none", "basic", "oauth2", "expired",
            "active", uuid(r), "orders/" + r.nextInt(9999) + "/items", "en-US", "cache:v2:" + r.nextInt(999),
            "F" + (1 + r.nextInt(12)), "tenant-" + r.nextInt(999) + "/invoice-" + r.nextInt(99999) + ".pdf"};
        String[] shapes = {"%k=%v", "%k: %v", "{\"%k\":\"%v\"}", "s3 put %k=%v ok", "(%k=%v)"};
        return pick(r, shapes).replace("%k", name).replace("%v", pick(r, values));
    }

    // ---- family 3: values end where their syntax ends ---------------------------------------------------------

    private static SecretLine syntaxSecret(SplittableRandom r) {
        String value = password(r, "!#$%^*-+.~");
        String name = pick(r, new String[] {"password", "secret", "apiKey", "clientSecret", "passphrase"});
        switch (r.nextInt(12)) {
            case 0: {
                String phrase = words(r, 3 + r.nextInt(3));
                return new SecretLine("{" + name + "=" + phrase + ", user=bob}", List.of(phrase));
            }
            case 1: {
                String odd = value + ";" + password(r, "!*") + "!";
                return new SecretLine("User(id=42, " + name + "=" + odd + ", role=admin)", List.of(odd));
            }
            case 2:
                return new SecretLine("Credentials[" + name + "=" + value + ", scopes=[read, write]]", List.of(value));
            case 3:
                return new SecretLine("<soap:Header><wsse:Password Type=\"http://docs.oasis-open.org/wss#Text\">"
                    + value + "</wsse:Password></soap:Header>", List.of(value));
            case 4:
                return new SecretLine("<config><" + name + ">" + value + "</" + name + "><user>bob</user></config>",
                    List.of(value));
            case 5:
                return new SecretLine("<datasource user=\"app\" " + name + "=\"" + value + "\"/>", List.of(value));
            case 6: {
                String flag = pick(r, new String[] {"--password", "--db-password", "--token", "--api-key",
                    "--client-secret"});
                return new SecretLine("exec java -jar app.jar " + flag + " " + value + " --port 8080", List.of(value));
            }
            case 7:
                return new SecretLine("running: curl -s -u admin:" + value + " https://api.example.com/v1",
                    List.of(value));
            case 8:
                return new SecretLine("spring.datasource.password" + " ".repeat(1 + r.nextInt(20)) + "= " + value,
                    List.of(value));
            case 9:
                return new SecretLine(r.nextBoolean() ? "ALTER USER app WITH PASSWORD '" + value + "';"
                    : "CREATE USER app IDENTIFIED BY " + value + ";", List.of(value));
            case 10:
                return new SecretLine(pick(r, new String[] {"Invalid password: ", "temporary password: ",
                    "Your new password is: "}) + value, List.of(value));
            default:
                return new SecretLine(name + "=\"" + value + " " + password(r, "") + "\" next=1",
                    List.of(value));
        }
    }

    private static String syntaxBenign(SplittableRandom r) {
        String[] lines = {
            "User(id=" + r.nextInt(9999) + ", name=bob, role=admin)", "{user=bob, region=eu-west-1, count=3}",
            "Credentials[user=bob, scopes=[read, write]]", "<user>bob</user><role>admin</role>",
            "<password-policy minLength=\"12\"/>", "exec java -jar app.jar --port " + r.nextInt(9000)
                + " --verbose --profile prod", "curl -s -X POST https://api.example.com/v1/orders",
            "ALTER TABLE users ADD COLUMN password_hash VARCHAR(" + (60 + r.nextInt(100)) + ")",
            "Invalid request: timeout after " + r.nextInt(60) + "s",
            "Password reset link sent to user " + r.nextInt(99),
            "List<String> names = Map<String, Token> tokens", "if (a > b && c < d) return;",
            "server.port         = " + r.nextInt(9000), "password policy: strict", "Enter password: ",
            "--help shows --password-file and --token-file options", "<key>value</key>", "token expired: true",
            "SELECT id, name FROM users WHERE id = " + r.nextInt(9999), "<" + "session-timeout>30</session-timeout>"};
        return pick(r, lines);
    }

    // ---- family 4: encodings ----------------------------------------------------------------------------------

    private static SecretLine encodedSecret(SplittableRandom r) {
        String value = mixedToken(r, 12 + r.nextInt(20));
        String name = pick(r, new String[] {"password", "access_token", "client_secret", "api_key", "refresh_token"});
        switch (r.nextInt(5)) {
            case 0:
                return new SecretLine("POST /login body=user%3Dbob%26" + name + "%3D" + value + "%26remember%3D1",
                    List.of(value));
            case 1:
                return new SecretLine("GET /authorize?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3F" + name
                    + "%3D" + value + "%26state%3D" + r.nextInt(9999), List.of(value));
            case 2:
                return new SecretLine("{\"message\":\"request {\\\"" + name + "\\\":\\\"" + value
                    + "\\\",\\\"user\\\":\\\"bob\\\"}\"}", List.of(value));
            case 3:
                return new SecretLine("{\"message\":\"config loaded\\n" + name + "=" + value + "\\nport=8080\"}",
                    List.of(value));
            default:
                return new SecretLine("{\"message\":\"env:\\t" + name + "=" + value + "\\tuser=bob\"}",
                    List.of(value));
        }
    }

    private static String encodedBenign(SplittableRandom r) {
        String[] lines = {
            "GET /search?q=tokenizer%3Dnone%26page%3D" + r.nextInt(99),
            "GET /authorize?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fpage%3D" + r.nextInt(99),
            "{\"message\":\"request {\\\"user\\\":\\\"bob\\\",\\\"count\\\":" + r.nextInt(99) + "}\"}",
            "{\"message\":\"line one\\nline two\\tcolumn " + r.nextInt(9) + "\"}",
            "{\"message\":\"token_count=" + r.nextInt(9999) + "\\nmax_tokens=4096\"}",
            "path=%2Fapi%2Fv1%2Fkeys%2F" + r.nextInt(999), "{\"message\":\"\\\"password_reset_required\\\":true\"}"};
        return pick(r, lines);
    }

    // ---- family 5: Authorization with any scheme --------------------------------------------------------------

    private static SecretLine authSecret(SplittableRandom r) {
        String scheme = pick(r, new String[] {"Bearer", "Basic", "Splunk", "GenieKey", "SSWS", "SharedKey", "ApiKey",
            "Token", "Bot", "DPoP"});
        String credential = mixedToken(r, 20 + r.nextInt(20)) + pick(r, new String[] {"", "!", "*x", "@y", "~z"})
            + mixedToken(r, 4);
        String header = pick(r, new String[] {"Authorization: ", "authorization: ", "X-Authorization: ",
            "Proxy-Authorization: ", "http.request.header.authorization=", "headers={Authorization=[",
            "\"Authorization\":\""});
        String close = header.endsWith("[") ? "]}" : header.endsWith("\"") ? "\"" : "";
        String line = "upstream call " + header + scheme + " " + credential + close + " took " + r.nextInt(999) + "ms";
        return new SecretLine(line, List.of(credential));
    }

    private static String authBenign(SplittableRandom r) {
        String[] lines = {
            "WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"", "Bearer token required for /admin",
            "authorization failed for user " + r.nextInt(999), "auth_scheme=Bearer", "authorizationUrl=https://x/auth",
            "bearer authentication failed: signature mismatch", "Authorization header missing",
            "authorization_code grant completed in " + r.nextInt(99) + " ms", "token_type=Bearer expires_in=3600"};
        return pick(r, lines);
    }

    // ---- family 6: connection strings -------------------------------------------------------------------------

    private static SecretLine connectionSecret(SplittableRandom r) {
        String value = password(r, "!#$%^*-+~");
        switch (r.nextInt(5)) {
            case 0:
                return new SecretLine("url=jdbc:oracle:thin:scott/" + value + "@db" + r.nextInt(9) + ":1521/ORCL",
                    List.of(value));
            case 1: {
                String hashed = value + "#" + password(r, "");
                return new SecretLine("connecting to postgresql://app:" + hashed + "@db.internal:5432/orders",
                    List.of(hashed));
            }
            case 2:
                return new SecretLine("Server=tcp:db.example.net,1433;Database=orders;User ID=app;Password=" + value
                    + ";Encrypt=True;", List.of(value));
            case 3: {
                String key = base64(r, 64);
                return new SecretLine("DefaultEndpointsProtocol=https;AccountName=logs;AccountKey=" + key
                    + ";EndpointSuffix=core.windows.net", List.of(key));
            }
            default:
                return new SecretLine("mongodb+srv://svc:" + value + "@cluster0.example.net/app?retryWrites=true",
                    List.of(value));
        }
    }

    private static String connectionBenign(SplittableRandom r) {
        String[] lines = {
            "url=jdbc:oracle:thin:@db" + r.nextInt(9) + ":1521/ORCL", "jdbc:postgresql://db.internal:5432/app?ssl=true",
            "Server=tcp:db.example.net,1433;Database=orders;Integrated Security=True;",
            "https://docs.example.com/guide#section-" + r.nextInt(99), "mongodb+srv://cluster0.example.net/app",
            "redis://cache.internal:6379/" + r.nextInt(15), "git@github.com:logveil/logveil.git fetched"};
        return pick(r, lines);
    }

    // ---- family 7: cookies ------------------------------------------------------------------------------------

    private static SecretLine cookieSecret(SplittableRandom r) {
        String session = mixedToken(r, 24 + r.nextInt(10));
        String remember = base64(r, 20 + r.nextInt(10));
        String line;
        switch (r.nextInt(3)) {
            case 0:
                line = "Cookie: JSESSIONID=\"" + session + "\"; remember-me=" + remember + "; theme=dark";
                break;
            case 1:
                line = "request headers Cookie: SESSION=" + session + "; XSRF-TOKEN=\"" + remember + "\"";
                break;
            default:
                line = "Set-Cookie: sid=\"" + session + "\"; Path=/; HttpOnly; remember=" + remember;
                break;
        }
        return new SecretLine(line, List.of(session, remember));
    }

    private static String cookieBenign(SplittableRandom r) {
        String[] lines = {
            "cookie_name=SESSION", "cookies enabled=true", "Cookie consent accepted by user " + r.nextInt(999),
            "cookieMaxAge=" + r.nextInt(99999), "set cookie policy SameSite=Lax", "no cookie in request"};
        return pick(r, lines);
    }

    // ---- family 8: JWT and JWE --------------------------------------------------------------------------------

    private static SecretLine jwtSecret(SplittableRandom r) {
        String header = "eyJ" + base64url(r, 20 + r.nextInt(20));
        String token;
        switch (r.nextInt(3)) {
            case 0:
                token = header + ".." + base64url(r, 16) + "." + base64url(r, 30 + r.nextInt(60)) + "."
                    + base64url(r, 22);
                break;
            case 1:
                token = header + "." + base64url(r, 40 + r.nextInt(300)) + "." + base64url(r, 16) + "."
                    + base64url(r, 30 + r.nextInt(60)) + "." + base64url(r, 22);
                break;
            default:
                token = header + ".eyJ" + base64url(r, 30 + r.nextInt(60)) + "." + base64url(r, 43);
                break;
        }
        return new SecretLine(pick(r, new String[] {"token ", "id_token=", "jwe: ", "\"t\":\""}) + token + " ok",
            List.of(token));
    }

    private static String jwtBenign(SplittableRandom r) {
        String[] lines = {
            "version 1.2." + r.nextInt(99) + ".4.5 deployed", "host a.b.c.d.example.com resolved",
            "class org.example.eyJunk.Model loaded", "jwt validation failed: expired at " + r.nextInt(99999),
            "alg=HS256 typ=JWT kid=" + r.nextInt(999), "package com.eyjafjalla.core.v" + r.nextInt(9)};
        return pick(r, lines);
    }

    // ---- family 9: cards, and decimal ids that are not ---------------------------------------------------------

    private static SecretLine cardSecret(SplittableRandom r) {
        String card = card(r);
        String shown = r.nextBoolean() ? card : card.replaceAll("(\\d{4})(?=\\d)", "$1 ");
        String line = pick(r, new String[] {"card=%c", "pan: %c", "charging card %c now", "{\"cardNumber\":\"%c\"}",
            "payment card_number=%c"}).replace("%c", shown);
        return new SecretLine(line, List.of(shown.substring(0, shown.length() - 4)));
    }

    private static String cardBenign(SplittableRandom r) {
        String traceId = Long.toUnsignedString(r.nextLong() >>> 1);
        String order = String.valueOf(1_000_000_000_000_000L + (r.nextLong() >>> 1) % 9_000_000_000_000_000L);
        String[] lines = {
            "dd.trace_id=" + traceId + " dd.span_id=" + Long.toUnsignedString(r.nextLong() >>> 1),
            "order_id=" + order + " placed", "{\"orderId\":\"" + order + "\",\"status\":\"paid\"}",
            "traceId: " + traceId, "invoice_no=" + order, "\"span_id\": " + Long.toUnsignedString(r.nextLong() >>> 1)};
        return pick(r, lines);
    }

    // ---- family 10: an object under a sensitive key -----------------------------------------------------------

    private static SecretLine nestedSecret(SplittableRandom r) {
        String value = password(r, "!#$%^*-+~");
        String name = pick(r, new String[] {"password", "credentials", "secret", "apiKey"});
        String line = "{\"user\":\"bob\",\"" + name + "\":{\"value\":\"" + value + "\",\"rotated\":" + r.nextInt(9)
            + "},\"ok\":true}";
        return new SecretLine(line, List.of(value));
    }

    private static String nestedBenign(SplittableRandom r) {
        return "{\"user\":\"bob\",\"settings\":{\"value\":\"v" + r.nextInt(99) + "\",\"theme\":\"dark\"},\"ok\":true}";
    }

    // ---- value generators -------------------------------------------------------------------------------------

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";

    /** A password of 10 to 20 characters with letters, a digit and, from {@code symbols}, maybe some symbols. */
    private static String password(SplittableRandom r, String symbols) {
        int length = 10 + r.nextInt(11);
        StringBuilder sb = new StringBuilder();
        String alphabet = LETTERS + DIGITS + symbols;
        sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        while (sb.length() < length - 1) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        sb.append(DIGITS.charAt(r.nextInt(10)));
        return sb.toString();
    }

    /** Mixed letters and digits, at least one of each. */
    private static String mixedToken(SplittableRandom r, int length) {
        StringBuilder sb = new StringBuilder();
        String alphabet = LETTERS + DIGITS;
        sb.append(LETTERS.charAt(r.nextInt(LETTERS.length()))).append(DIGITS.charAt(r.nextInt(10)));
        while (sb.length() < length) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String base64(SplittableRandom r, int length) {
        String alphabet = LETTERS + DIGITS + "+/";
        StringBuilder sb = new StringBuilder(mixedToken(r, 2));
        while (sb.length() < length) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.append("==").toString();
    }

    private static String base64url(SplittableRandom r, int length) {
        String alphabet = LETTERS + DIGITS + "-_";
        StringBuilder sb = new StringBuilder(mixedToken(r, 2));
        while (sb.length() < length) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String words(SplittableRandom r, int count) {
        String[] pool = {"correct", "horse", "battery", "staple", "purple", "monkey", "dishwasher", "river", "stone",
            "lantern", "orbit", "violet", "falcon", "meadow"};
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pick(r, pool));
        }
        return String.join(" ", chosen);
    }

    private static String uuid(SplittableRandom r) {
        return new java.util.UUID(r.nextLong(), r.nextLong()).toString();
    }

    /** A Luhn-valid card number with a real issuer prefix. */
    static String card(SplittableRandom r) {
        String[] prefixes = {"4", "51", "55", "2221", "34", "37", "6011", "3530", "3566"};
        String prefix = pick(r, prefixes);
        int length = prefix.equals("34") || prefix.equals("37") ? 15 : 16;
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < length - 1) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        for (char check = '0'; check <= '9'; check++) {
            String candidate = sb.toString() + check;
            if (DigitRunScanner.luhnValid(candidate.toCharArray(), 0, candidate.length())) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    private static <T> T pick(SplittableRandom r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    /** The share of random decimal ids of {@code digits} digits under {@code key} that are masked, in percent. */
    static double maskedIdPercent(Redactor redactor, String key, int digits, int samples) {
        SplittableRandom random = new SplittableRandom(SEED + digits);
        int masked = 0;
        for (int n = 0; n < samples; n++) {
            StringBuilder id = new StringBuilder().append((char) ('1' + random.nextInt(9)));
            while (id.length() < digits) {
                id.append((char) ('0' + random.nextInt(10)));
            }
            String line = key + id;
            if (!redactor.redact(line).equals(line)) {
                masked++;
            }
        }
        return 100.0 * masked / samples;
    }

    static Map<String, Double> idRates(Redactor redactor, int samples) {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("dd.trace_id=<19 digits>", maskedIdPercent(redactor, "dd.trace_id=", 19, samples));
        rates.put("span_id=<16 digits>", maskedIdPercent(redactor, "span_id=", 16, samples));
        rates.put("order_id=<16 digits>", maskedIdPercent(redactor, "order_id=", 16, samples));
        rates.put("\"orderId\":\"<16 digits>", maskedIdPercent(redactor, "\"orderId\":\"", 16, samples));
        rates.put("trace <19 digits> (no key)", maskedIdPercent(redactor, "trace ", 19, samples));
        return rates;
    }
}
