package pl.synergia.testsupport;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Prometheus endpoint of the management interface. */
public final class Prometheus {

    private Prometheus() {
    }

    public static String scrape(URL metrics) {
        return given().when().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The value of one sample, e.g. {@code synergia_referrals_sent_total}; 0 when it is not there yet. */
    public static double sample(String scrape, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
