package pl.synergia.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One section of an agreement's text: number (e.g. "§ 1."), optional heading, body. */
@Embeddable
public class Section {
    @Column(nullable = false)
    public int position;
    public String number;
    public String heading;
    @Column(nullable = false)
    public String body;

    public Section() {
    }

    public Section(int position, String number, String heading, String body) {
        this.position = position;
        this.number = number;
        this.heading = heading;
        this.body = body;
    }
}
