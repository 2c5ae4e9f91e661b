package cn.enforceflow.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.enforceflow.calendar.CalendarDay;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "calendar_day")
class CalendarDayEntity implements Persistable<LocalDate> {

	/** {@code day} is a keyword of H2, so it is quoted. */
	@Id
	@Column(name = "`day`")
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CalendarDay.Kind kind;

	@Column(nullable = false, length = CalendarDay.MAX_NAME_LENGTH)
	private String name;

	@JdbcTypeCode(SqlTypes.TIMESTAMP)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	/**
	 * The key is the date, assigned by us: saving a new day inserts it without a select.
	 */
	@Transient
	private boolean isNew;

	protected CalendarDayEntity() {
	}

	static CalendarDayEntity of(CalendarDay day, Instant at, String by) {
		CalendarDayEntity entity = new CalendarDayEntity();
		entity.day = day.date();
		entity.isNew = true;
		entity.change(day, at, by);
		return entity;
	}

	void change(CalendarDay day, Instant at, String by) {
		this.kind = day.kind();
		this.name = day.name();
		this.updatedAt = at;
		this.updatedBy = by;
	}

	CalendarDay toDay() {
		return new CalendarDay(this.day, this.kind, this.name);
	}

	@Override
	public LocalDate getId() {
		return this.day;
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
