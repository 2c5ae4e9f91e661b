package cn.enforceflow.calendar.internal;

import java.time.Instant;

import cn.enforceflow.calendar.LoadedYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/**
 * A year whose published arrangement is loaded. Its row is the year's lock too: two nodes
 * seeding the same year collide on its key, and the second one rolls back.
 */
@Entity
@Table(name = "calendar_year")
class CalendarYearEntity implements Persistable<Integer> {

	/** {@code year} is a keyword of H2, so it is quoted. */
	@Id
	@Column(name = "`year`")
	private int year;

	@Column(nullable = false, length = 128)
	private String source;

	@JdbcTypeCode(SqlTypes.TIMESTAMP)
	@Column(name = "loaded_at", nullable = false)
	private Instant loadedAt;

	@Column(name = "loaded_by", nullable = false, length = 64)
	private String loadedBy;

	@Transient
	private boolean isNew;

	protected CalendarYearEntity() {
	}

	static CalendarYearEntity of(int year) {
		CalendarYearEntity entity = new CalendarYearEntity();
		entity.year = year;
		entity.isNew = true;
		return entity;
	}

	CalendarYearEntity loaded(String source, Instant at, String by) {
		this.source = source;
		this.loadedAt = at;
		this.loadedBy = by;
		return this;
	}

	String source() {
		return this.source;
	}

	LoadedYear toLoadedYear() {
		return new LoadedYear(this.year, this.source, this.loadedAt, this.loadedBy);
	}

	@Override
	public Integer getId() {
		return this.year;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.isNew = false;
	}

}
