package pl.synergia.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "plan_goal")
public class PlanGoal {
    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String description;
    /** The diagnosis areas (needs) the goal answers. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "need_areas", nullable = false)
    public List<String> needAreas = new ArrayList<>();
}
