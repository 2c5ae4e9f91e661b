package cn.enforceflow.calendar.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYears extends JpaRepository<CalendarYearEntity, Integer> {

}
