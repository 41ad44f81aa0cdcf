// The demonstration's two years of corridor trades (2021-12 .. 2023-11), generated with a fixed seed: the same
// trades every run. Trade between VE, RU, CN, IN, TR and AE settling away from the dollar after February 2022 —
// into roubles, yuan, rupees, lira, dirhams and bolívars, over SPFS, CIPS, Mir and central-bank channels — with a few
// trades that meet the sanctions lists and the trade rules. References start with DEMO-H-; the counterparties are
// invented for the demonstration (the few listed ones are named on purpose, see HITS).
//
//   java tools/demo/DemoHistory.java emit                 the trades as JSON lines (POST /api/v1/trades bodies)
//   java tools/demo/DemoHistory.java register <trade-url> registers them (Idempotency-Key = reference, so a second
//        run changes nothing), DEMO_THREADS (8) at a time, then takes the analysts' first decisions on some alerts; tokens from the
//        environment: CLERK_TOKEN, ANALYST_TOKEN, SUPERVISOR_TOKEN. Prints the time taken and the outcomes.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DemoHistory {

    static final LocalDate FIRST = LocalDate.of(2021, 12, 1);
    static final LocalDate LAST = LocalDate.of(2023, 11, 30);
    static final LocalDate INVASION = LocalDate.of(2022, 2, 24);
    static final int TRADES = 3000;
    static final long SEED = 20220224L;

    /** A currency's weight in a corridor before the shift and after it. */
    record Weight(String currency, double before, double after) {
    }

    /** Goods a corridor trades: HS code, description, unit, median value in dollars. */
    record Goods(String hs, String description, double medianUsd) {
    }

    /** A counterparty: role, name, country. */
    record Party(String role, String name, String country) {
    }

    record Corridor(String code, double share, List<Weight> currencies, List<Goods> goods, List<String> sellers,
                    List<String> buyers, List<String> sellerBanks, List<String> buyerBanks) {
        String origin() {
            return code.substring(0, 2);
        }

        String destination() {
            return code.substring(3);
        }
    }

    static final List<Corridor> CORRIDORS = List.of(
            new Corridor("VE-RU", 0.16, List.of(new Weight("USD", .68, .08), new Weight("EUR", .14, .03),
                    new Weight("RUB", .12, .52), new Weight("VES", .06, .20), new Weight("CNY", 0, .17)),
                    List.of(new Goods("180100", "cocoa beans", 180_000), new Goods("090111", "green coffee", 140_000),
                            new Goods("220840", "rum", 60_000), new Goods("030617", "frozen shrimp", 90_000)),
                    List.of("Cacao del Tuy Exportadora C.A.", "Cafetales de Lara C.A.", "Ron Paria Destilados C.A.",
                            "Pesquera Golfo Triste C.A."),
                    List.of("Nevsky Food Import LLC", "Kama Gastronom Trading LLC", "Baikal Coffee House LLC"),
                    List.of("Banco Agrario del Llano C.A.", "Banco Mercantil del Orinoco C.A."),
                    List.of("Tverskoy Cooperative Bank JSC", "Kazan Regional Credit Bank")),
            new Corridor("RU-CN", 0.22, List.of(new Weight("USD", .56, .05), new Weight("EUR", .14, .02),
                    new Weight("CNY", .20, .75), new Weight("RUB", .10, .18)),
                    List.of(new Goods("270900", "crude petroleum", 2_400_000), new Goods("270112", "coking coal", 900_000),
                            new Goods("440321", "pine logs", 350_000), new Goods("740311", "copper cathodes", 1_200_000)),
                    List.of("Yenisei Energy Trading LLC", "Amur Timber Export LLC", "Kuzbass Coal Sales JSC"),
                    List.of("Dalian Northern Refining Co Ltd", "Harbin Forest Products Co Ltd",
                            "Ningbo Metals Import Co Ltd"),
                    List.of("Kazan Regional Credit Bank", "Tverskoy Cooperative Bank JSC"),
                    List.of("Harbin Commercial Bank Co Ltd", "Bank of Dalian Port Co Ltd")),
            new Corridor("RU-IN", 0.16, List.of(new Weight("USD", .80, .18), new Weight("EUR", .06, .03),
                    new Weight("INR", .05, .34), new Weight("RUB", .05, .22), new Weight("AED", .0, .16),
                    new Weight("CNY", .04, .07)),
                    List.of(new Goods("270900", "crude petroleum", 2_800_000), new Goods("310520", "NPK fertiliser", 600_000),
                            new Goods("151211", "crude sunflower oil", 400_000)),
                    List.of("Volzhsky Fertiliser Export LLC", "Taman Oil Terminal Trading LLC", "Don Sunflower Oils JSC"),
                    List.of("Gujarat Coastal Refinery Ltd", "Deccan Agro Inputs Pvt Ltd", "Konkan Edible Oils Ltd"),
                    List.of("Kazan Regional Credit Bank"),
                    List.of("Malabar Cooperative Bank Ltd", "Saurashtra Commercial Bank Ltd")),
            new Corridor("VE-CN", 0.10, List.of(new Weight("USD", .74, .22), new Weight("CNY", .21, .66),
                    new Weight("EUR", .05, .03), new Weight("VES", .0, .09)),
                    List.of(new Goods("270900", "crude petroleum", 2_000_000), new Goods("260111", "iron ore", 700_000),
                            new Goods("720241", "ferrochromium", 300_000)),
                    List.of("Minerales de Guayana Exportadora C.A.", "Crudos del Zulia Trading C.A."),
                    List.of("Qingdao Harbour Refining Co Ltd", "Tangshan Steel Inputs Co Ltd"),
                    List.of("Banco Mercantil del Orinoco C.A."),
                    List.of("Bank of Dalian Port Co Ltd")),
            new Corridor("RU-TR", 0.14, List.of(new Weight("USD", .48, .14), new Weight("EUR", .26, .10),
                    new Weight("TRY", .06, .30), new Weight("RUB", .20, .46)),
                    List.of(new Goods("100199", "milling wheat", 450_000), new Goods("720711", "steel billets", 800_000),
                            new Goods("151211", "crude sunflower oil", 350_000)),
                    List.of("Rostov Wheat Terminal LLC", "Chelyabinsk Billet Export JSC", "Don Sunflower Oils JSC"),
                    List.of("Mersin Un Sanayi A.S.", "Iskenderun Celik Ticaret A.S.", "Izmir Bitkisel Yag A.S."),
                    List.of("Tverskoy Cooperative Bank JSC"),
                    List.of("Ege Katilim Bankasi A.S.", "Anadolu Ticaret Bankasi A.S.")),
            new Corridor("VE-TR", 0.08, List.of(new Weight("USD", .70, .28), new Weight("EUR", .15, .10),
                    new Weight("TRY", .15, .44), new Weight("VES", .0, .18)),
                    List.of(new Goods("710812", "unwrought gold", 1_500_000), new Goods("270112", "coal", 250_000),
                            new Goods("090111", "green coffee", 120_000)),
                    List.of("Oro del Callao Comercializadora C.A.", "Carbones del Guasare Trading C.A."),
                    List.of("Kapali Carsi Kiymetli Maden A.S.", "Anadolu Kahve Ithalat A.S."),
                    List.of("Banco Agrario del Llano C.A."),
                    List.of("Anadolu Ticaret Bankasi A.S.")),
            new Corridor("RU-AE", 0.14, List.of(new Weight("USD", .70, .18), new Weight("AED", .15, .44),
                    new Weight("RUB", .05, .27), new Weight("CNY", 0, .08), new Weight("EUR", .10, .03)),
                    List.of(new Goods("710812", "unwrought gold", 1_800_000), new Goods("271019", "gas oil", 1_100_000),
                            new Goods("710231", "rough diamonds", 900_000)),
                    List.of("Ural Precious Metals Trading LLC", "Azov Petroleum Products LLC"),
                    List.of("Jebel Ali Bullion Trading FZE", "Fujairah Marine Fuels FZE", "Deira Gem Traders LLC"),
                    List.of("Kazan Regional Credit Bank", "Tverskoy Cooperative Bank JSC"),
                    List.of("Emirates Gulf Trade Bank PJSC")));

    /**
     * Consultants and agents on a few trades whose names are spelling variants of listed persons: each raises an
     * alert (a name alone never blocks), so the analysts have work. Each a different name: a released false positive
     * is not raised again for the same party.
     */
    static final Map<String, String> NAMESAKES = Map.of("RU-TR#33", "Gennadi Timchenko", "RU-TR#120",
            "Oleg Derypaska", "RU-IN#60", "Igor Setchin", "RU-IN#200", "Viktor Wekselberg", "RU-AE#150",
            "Alisher Usmanoff", "VE-RU#88", "Delcy Rodrigues Gomez", "RU-CN#400", "Arkadi Rotenberg", "VE-TR#25",
            "Serguei Lavrof");

    /** Dollars per unit of each currency, roughly, through the period: only to make amounts plausible. */
    static double unitsPerUsd(String currency, LocalDate day) {
        double t = (day.toEpochDay() - FIRST.toEpochDay()) / (double) (LAST.toEpochDay() - FIRST.toEpochDay());
        return switch (currency) {
            case "USD" -> 1;
            case "EUR" -> 0.88 + 0.06 * Math.sin(t * Math.PI);
            case "CNY" -> 6.37 + 0.85 * t;
            case "INR" -> 75 + 8 * t;
            case "TRY" -> 13.5 + 15.5 * t * t;
            case "AED" -> 3.6725;
            case "VES" -> 4.6 * Math.exp(2.05 * t * t);
            case "RUB" -> day.isBefore(INVASION) ? 75 : day.isBefore(LocalDate.of(2022, 4, 15)) ? 100
                    : day.isBefore(LocalDate.of(2022, 12, 1)) ? 60 : 70 + 25 * (t - 0.5);
            default -> throw new IllegalArgumentException(currency);
        };
    }

    /** How far trade has moved away from the dollar on a day: 0 before the invasion, towards 1 after it. */
    static double shift(LocalDate day) {
        long after = day.toEpochDay() - INVASION.toEpochDay();
        return after <= 0 ? 0 : 1 - Math.exp(-after / 210.0);
    }

    public static void main(String[] args) throws Exception {
        List<String> bodies = generate();
        if (args.length > 0 && args[0].equals("emit")) {
            bodies.forEach(System.out::println);
            return;
        }
        if (args.length < 2 || !args[0].equals("register")) {
            System.err.println("usage: java tools/demo/DemoHistory.java emit | register <trade-url>");
            System.exit(2);
        }
        register(args[1], bodies);
    }

    static List<String> generate() {
        Random random = new Random(SEED);
        long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        List<String> bodies = new ArrayList<>();
        Map<String, Integer> numbers = new TreeMap<>();
        for (int i = 0; i < TRADES; i++) {
            Corridor c = pick(random);
            LocalDate day = FIRST.plusDays(random.nextInt((int) days));
            // fewer trades are struck at weekends: most weekend draws move to the Friday before
            if (day.getDayOfWeek().getValue() >= 6 && random.nextDouble() < 0.8) {
                day = day.minusDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2);
                if (day.isBefore(FIRST)) {
                    day = FIRST;
                }
            }
            int n = numbers.merge(c.code(), 1, Integer::sum);
            String reference = "DEMO-H-" + c.code().replace("-", "") + "-" + String.format(Locale.ROOT, "%04d", n);
            bodies.add(trade(reference, c, day, random, n));
        }
        return bodies;
    }

    static Corridor pick(Random random) {
        double r = random.nextDouble();
        for (Corridor c : CORRIDORS) {
            r -= c.share();
            if (r <= 0) {
                return c;
            }
        }
        return CORRIDORS.get(CORRIDORS.size() - 1);
    }

    static String trade(String reference, Corridor c, LocalDate day, Random random, int n) {
        double s = shift(day);
        String currency = currency(c, s, random);
        Goods goods = c.goods().get(random.nextInt(c.goods().size()));
        double usd = Math.max(15_000, goods.medianUsd() * Math.exp(random.nextGaussian() * 0.55));
        double amount = Math.round(usd * unitsPerUsd(currency, day) / 100.0) * 100.0;
        String rail = rail(c, currency, day, s, random);
        List<Party> parties = new ArrayList<>(List.of(
                new Party("SELLER", c.sellers().get(random.nextInt(c.sellers().size())), c.origin()),
                new Party("BUYER", c.buyers().get(random.nextInt(c.buyers().size())), c.destination()),
                new Party("SELLER_BANK", c.sellerBanks().get(random.nextInt(c.sellerBanks().size())), c.origin()),
                new Party("BUYER_BANK", c.buyerBanks().get(random.nextInt(c.buyerBanks().size())), c.destination())));
        String hs = goods.hs();
        String description = goods.description();
        String extraParty = "";
        String owners = "";
        // the few that meet the lists and the rules, at fixed places in the sequence
        switch (c.code() + "#" + n) {
            case "VE-RU#40", "VE-RU#170", "VE-RU#300", "VE-CN#90" -> parties.set(2, new Party("SELLER_BANK",
                    "Banco Central de Venezuela", "VE"));
            case "RU-CN#55", "RU-CN#250", "RU-CN#520" -> {
                hs = "270900";
                description = "crude petroleum";
                extraParty = ",{\"role\":\"VESSEL\",\"name\":\"NS Lion\",\"type\":\"vessel\","
                        + "\"identifiers\":[{\"type\":\"IMO\",\"value\":\"9339313\"}]}";
            }
            case "VE-RU#222", "VE-RU#410" -> {
                hs = "854231";
                description = "microcontrollers (re-export)";
            }
            case "RU-AE#77", "RU-AE#301" -> owners = "Arkady Romanovich Rotenberg";
            case "RU-TR#33", "RU-TR#120", "RU-IN#60", "RU-IN#200", "RU-AE#150", "VE-RU#88", "RU-CN#400",
                 "VE-TR#25" -> extraParty = ",{\"role\":\"OTHER\",\"name\":\"" + NAMESAKES.get(c.code() + "#" + n)
                    + "\",\"type\":\"person\",\"country\":\"" + c.origin() + "\"}";
            default -> { }
        }
        StringBuilder p = new StringBuilder();
        for (Party party : parties) {
            p.append(p.isEmpty() ? "" : ",").append("{\"role\":\"").append(party.role()).append("\",\"name\":\"")
                    .append(party.name()).append("\",\"type\":\"organization\",\"country\":\"")
                    .append(party.country()).append('"');
            if (party.name().equals("Banco Central de Venezuela")) {
                p.append(",\"identifiers\":[{\"type\":\"BIC\",\"value\":\"BCVEVECA\"}]");
            }
            if (party.role().equals("BUYER") && !owners.isEmpty()) {
                p.append(",\"owners\":[{\"name\":\"").append(owners).append("\",\"type\":\"person\",\"percentage\":51}]");
            }
            p.append('}');
        }
        String value = String.format(Locale.ROOT, "%.2f", amount);
        return "{\"reference\":\"" + reference + "\",\"tradeDate\":\"" + day + "\",\"amount\":\"" + value
                + "\",\"currency\":\"" + currency + "\",\"paymentRail\":\"" + rail + "\",\"origin\":{\"country\":\""
                + c.origin() + "\"},\"destination\":{\"country\":\"" + c.destination() + "\"},\"goods\":[{\"hsCode\":\""
                + hs + "\",\"description\":\"" + description + "\",\"quantity\":1,\"value\":\"" + value
                + "\"}],\"parties\":[" + p + extraParty + "]}";
    }

    static String currency(Corridor c, double s, Random random) {
        double total = c.currencies().stream().mapToDouble(w -> w.before() + (w.after() - w.before()) * s).sum();
        double r = random.nextDouble() * total;
        for (Weight w : c.currencies()) {
            r -= w.before() + (w.after() - w.before()) * s;
            if (r <= 0) {
                return w.currency();
            }
        }
        return c.currencies().get(0).currency();
    }

    static String rail(Corridor c, String currency, LocalDate day, double s, Random random) {
        double r = random.nextDouble();
        return switch (currency) {
            case "CNY" -> r < 0.45 + 0.35 * s ? "CIPS" : "SWIFT";
            case "VES" -> r < 0.7 ? "CENTRAL_BANK" : "SWIFT";
            case "RUB" -> {
                if (day.isBefore(INVASION)) {
                    yield r < 0.96 ? "SWIFT" : "MIR";
                }
                // the central banks' own channel carries Venezuelan-Russian settlement; elsewhere SPFS and Mir
                if (c.code().equals("VE-RU")) {
                    yield r < 0.45 ? "CENTRAL_BANK" : r < 0.75 ? "SWIFT" : r < 0.90 ? "SPFS" : "MIR";
                }
                yield r < 0.72 ? "SWIFT" : r < 0.96 ? "SPFS" : "MIR";
            }
            default -> "SWIFT";
        };
    }

    static void register(String tradeUrl, List<String> bodies) throws Exception {
        String clerk = env("CLERK_TOKEN");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, List<Long>> alerts = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        long t0 = System.nanoTime();
        int threads = Integer.parseInt(System.getenv().getOrDefault("DEMO_THREADS", "8"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (String body : bodies) {
            done.add(pool.submit(() -> {
                String reference = field(body, "reference");
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tradeUrl + "/api/v1/trades"))
                            .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + clerk)
                            .header("Idempotency-Key", reference).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201 && r.statusCode() != 200) {
                        failures.incrementAndGet();
                        System.err.println("  " + reference + ": HTTP " + r.statusCode() + " " + r.body());
                        return;
                    }
                    statuses.merge(field(r.body(), "status"), 1, Integer::sum);
                    List<Long> ids = alertIds(r.body());
                    if (!ids.isEmpty()) {
                        alerts.put(reference, ids);
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.err.println("  " + reference + ": " + e);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  %d trades registered in %.1f s (%.0f a second, %d at a time): %s%s%n",
                bodies.size() - failures.get(), seconds, (bodies.size() - failures.get()) / seconds, threads,
                new TreeMap<>(statuses), failures.get() == 0 ? "" : ", " + failures.get() + " FAILED");
        decide(http, tradeUrl, new TreeMap<>(alerts));
        if (failures.get() > 0) {
            System.exit(1);
        }
    }

    // the analysts' work so far: the first alerts released as false positives (both analysts), the next ones
    // awaiting the supervisor's second look, the rest still open
    static void decide(HttpClient http, String tradeUrl, Map<String, List<Long>> alerts) throws Exception {
        String analyst = env("ANALYST_TOKEN");
        String supervisor = env("SUPERVISOR_TOKEN");
        int i = 0;
        int decided = 0;
        for (Map.Entry<String, List<Long>> e : alerts.entrySet()) {
            i++;
            if (i > 5) {
                break;
            }
            for (long alert : e.getValue()) {
                decided += post(http, tradeUrl + "/api/v1/alerts/" + alert + "/decisions", analyst,
                        "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"demo: a namesake, documents checked\"}");
                if (i <= 3) {
                    decided += post(http, tradeUrl + "/api/v1/alerts/" + alert + "/decisions", supervisor,
                            "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"demo: second review, agreed\"}");
                }
            }
        }
        System.out.println("  " + alerts.values().stream().mapToInt(List::size).sum() + " alerts on "
                + alerts.size() + " trades; " + decided + " analyst decisions taken now (a second run finds them "
                + "taken and skips them)");
    }

    static int post(HttpClient http, String url, String token, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() / 100 == 2 ? 1 : 0;
    }

    static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return v;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    // the ids of the answer's alerts: "alerts":[{"id":12,...},...]
    static List<Long> alertIds(String json) {
        List<Long> ids = new ArrayList<>();
        int start = json.indexOf("\"alerts\":[");
        if (start < 0) {
            return ids;
        }
        int depth = 0;
        int end = start + 9;
        for (; end < json.length(); end++) {
            char ch = json.charAt(end);
            if (ch == '[') {
                depth++;
            } else if (ch == ']' && --depth == 0) {
                break;
            }
        }
        Matcher m = Pattern.compile("\\{\"id\":(\\d+)").matcher(json.substring(start, end));
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
