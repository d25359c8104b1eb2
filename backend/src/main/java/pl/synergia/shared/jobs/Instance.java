package pl.synergia.shared.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This running backend as it names itself in the job tables: host name and a suffix unique to this start. */
public final class Instance {

    public static final String NAME = host() + "/" + UUID.randomUUID().toString().substring(0, 8);

    private Instance() {
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 100 ? host.substring(0, 100) : host;
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
