package pl.synergia.plan;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import pl.synergia.directory.Institution;
import pl.synergia.testsupport.Tokens;

/** Builds clients, plans and what hangs off them through the API, for the plan, export, document, retention, notification and integration tests. */
public final class PlanApi {

    private PlanApi() {
    }

    /** A catalogue service valid today that an institution of this one's type provides (the regime rules check both). */
    static String serviceFor(Institution i) {
        return switch (i.type) {
            case OPS -> "OPS_SOCIAL_WORK";
            case PUP -> "PUP_JOB_PLACEMENT_2025";
            case NGO -> "FUNDED_PROGRAMMES_AND_PROJECTS";
            case CIS, KIS -> "VOCATIONAL_REINTEGRATION";
            default -> throw new IllegalArgumentException("no test service for " + i.type);
        };
    }

    /** A valid PESEL of someone born between 1960 and 2003. */
    public static String pesel() {
        return PlanTest.pesel();
    }

    public static String staff(Institution i) {
        return Tokens.user("staff-" + i.id).roles("staff").institution(i.id).sign();
    }

    public static String dpo(Institution i) {
        return Tokens.user("dpo-" + i.id).roles("dpo").institution(i.id).sign();
    }

    static String coordinator(Institution i) {
        return Tokens.user("coordinator-" + i.id).roles("staff", "coordinator").institution(i.id).sign();
    }

    /** A named caseworker of the institution (their own subject), known to the platform once they called the API. */
    static String caseworker(Institution i, String name) {
        String token = Tokens.user(name + "-" + i.id).roles("staff").institution(i.id).sign();
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        return token;
    }

    /** The subject a test token of this username carries. */
    static String subject(String username) {
        return java.util.UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }

    public static String admin() {
        return Tokens.user("admin").roles("admin").sign();
    }

    public static String registerClient(Institution by, String firstName, String lastName, String pesel, boolean sensitive) {
        return registerClient(by, firstName, lastName, pesel, sensitive, "1408011");
    }

    /** A person without PESEL (birth date instead) living in the gmina. */
    public static String registerClientIn(Institution by, String gminaTeryt, String lastName) {
        return registerClient(by, "Anna", lastName, null, false, gminaTeryt);
    }

    private static String registerClient(Institution by, String firstName, String lastName, String pesel, boolean sensitive,
            String gminaTeryt) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("pesel", pesel);
        if (pesel == null) {
            body.put("birthDate", "1980-05-17");
        }
        body.put("phone", "+48 600 700 800");
        body.put("email", "osoba@example.org");
        body.put("gminaTeryt", gminaTeryt);
        if (sensitive) {
            body.put("sensitive", Map.of("disabilityLevel", "MODERATE", "homeless", true,
                    "notes", "Notatka o " + lastName));
        }
        return given().auth().oauth2(staff(by)).contentType("application/json").body(body)
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    public static void share(Institution registrar, String clientId, Institution with, String basis, boolean sensitive, String purpose) {
        given().auth().oauth2(staff(registrar)).contentType("application/json")
                .body(Map.of("institutionId", with.id.toString(), "purpose", purpose, "legalBasis", basis,
                        "includesSensitive", sensitive, "givenOn", LocalDate.now().minusDays(3).toString()))
                .when().post("/api/v1/clients/" + clientId + "/sharing").then().statusCode(201);
    }

    public static String createPlan(Institution lead, String clientId, String title, List<String> goals, List<Institution> team) {
        return createPlan(lead, clientId, title, goals, team, LocalDate.now().minusDays(40), LocalDate.now().plusDays(300));
    }

    /** A plan whose period begins on {@code periodFrom}. */
    public static String createPlan(Institution lead, String clientId, List<Institution> team, LocalDate periodFrom) {
        return createPlan(lead, clientId, "Plan aktywizacji", List.of("Podjęcie pracy"), team, periodFrom, LocalDate.now().plusDays(300));
    }

    static String createPlan(Institution lead, String clientId, String title, List<String> goals, List<Institution> team,
            LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId);
        body.put("title", title);
        body.put("periodFrom", from.toString());
        body.put("periodTo", to == null ? null : to.toString());
        body.put("goals", goals);
        body.put("team", team.stream().map(i -> i.id.toString()).toList());
        return given().auth().oauth2(staff(lead)).contentType("application/json").body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    public static void addStep(Institution by, String planId, Institution owner, String serviceCode, String title, String notes) {
        addStep(by, planId, owner, serviceCode, title, notes, LocalDate.now());
    }

    /** A step of the catalogue service, planned to start on {@code start}. */
    public static void addStep(Institution by, String planId, Institution owner, String serviceCode, LocalDate start) {
        addStep(by, planId, owner, serviceCode, "Działanie", null, start);
    }

    private static void addStep(Institution by, String planId, Institution owner, String serviceCode, String title, String notes,
            LocalDate start) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerInstitutionId", owner.id.toString());
        body.put("serviceCode", serviceCode);
        body.put("title", title);
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", start.plusDays(60).toString());
        body.put("status", "IN_PROGRESS");
        body.put("notes", notes);
        given().auth().oauth2(staff(by)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + planId + "/steps").then().statusCode(201);
    }

    public static void addMeeting(Institution by, String planId, String attendees, String notes) {
        given().auth().oauth2(staff(by)).contentType("application/json")
                .body(Map.of("heldOn", LocalDate.now().minusDays(1).toString(), "attendees", attendees, "notes", notes))
                .when().post("/api/v1/plans/" + planId + "/meetings").then().statusCode(201);
    }

    public static void addOutcome(Institution lead, String planId, String kind, String notes) {
        addOutcome(lead, planId, kind, notes, LocalDate.now());
    }

    /** An outcome that occurred on the day. */
    public static void addOutcome(Institution lead, String planId, String kind, LocalDate occurredOn) {
        addOutcome(lead, planId, kind, "Rezultat", occurredOn);
    }

    private static void addOutcome(Institution lead, String planId, String kind, String notes, LocalDate occurredOn) {
        given().auth().oauth2(staff(lead)).contentType("application/json")
                .body(Map.of("kind", kind, "occurredOn", occurredOn.toString(), "notes", notes))
                .when().post("/api/v1/plans/" + planId + "/outcomes").then().statusCode(201);
    }

    /** The plan and referral {@link #referral} made. */
    public record Referred(String planId, String referralId) {
    }

    /**
     * A referral from one institution to another: a new client of {@code from} (with a legal basis of
     * sharing with {@code to}), a new plan led by {@code from}, and the referral to {@code to}.
     */
    public static Referred referral(Institution from, Institution to) {
        String plan = planSharedWith(from, to);
        return new Referred(plan, refer(from, plan, to, "Proszę o przyjęcie do programu"));
    }

    /** A new client of {@code lead} with a legal basis of sharing with {@code partner}, and a new plan of theirs led by {@code lead}. */
    public static String planSharedWith(Institution lead, Institution partner) {
        String client = registerClient(lead, "Jan", pl.synergia.testsupport.TestData.unique("Kowalski"), pesel(), false);
        share(lead, client, partner, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        return createPlan(lead, client, "Plan", List.of("Praca"), List.of());
    }

    public static String refer(Institution from, String planId, Institution to, String message) {
        return given().auth().oauth2(staff(from)).contentType("application/json")
                .body(Map.of("toInstitutionId", to.id.toString(), "serviceCode", "CIS_IPZS_2022", "message", message,
                        "responseDue", LocalDate.now().plusDays(14).toString()))
                .when().post("/api/v1/plans/" + planId + "/referrals").then().statusCode(201).extract().path("id");
    }

    static String etag(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The receiving institution accepts the referral. */
    public static void accept(Institution receiver, String referralId) {
        given().auth().oauth2(staff(receiver)).when().post("/api/v1/referrals/" + referralId + "/acceptance").then().statusCode(200);
    }

    /** The receiving institution rejects the referral. */
    public static void reject(Institution receiver, String referralId) {
        given().auth().oauth2(staff(receiver)).contentType("application/json").body(Map.of("reason", "Brak wolnych miejsc."))
                .when().post("/api/v1/referrals/" + referralId + "/rejection").then().statusCode(200);
    }

    /** Moves the plan through the given statuses (the lead's staff, with the current ETag each time). */
    public static void moveTo(Institution lead, String planId, String... statuses) {
        for (String status : statuses) {
            String etag = given().auth().oauth2(staff(lead)).when().get("/api/v1/plans/" + planId).then().statusCode(200)
                    .extract().header("ETag");
            given().auth().oauth2(staff(lead)).contentType("application/json").header("If-Match", etag)
                    .body(Map.of("to", status)).when().post("/api/v1/plans/" + planId + "/transitions")
                    .then().statusCode(200);
        }
    }
}
