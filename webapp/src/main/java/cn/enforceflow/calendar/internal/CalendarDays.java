package cn.enforceflow.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarDays extends JpaRepository<CalendarDayEntity, LocalDate> {

	List<CalendarDayEntity> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

	/**
	 * A bulk delete bypasses the persistence context: it is flushed before and cleared
	 * after, so that days read earlier in the transaction (an import's audit entry reads
	 * the year as it was) are not taken for rows that still exist.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from CalendarDayEntity d where d.day between :from and :to")
	int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

}
