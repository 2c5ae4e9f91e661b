/**
 * Deadlines (办理时限): the named deadline policies of every workflow step, the working-day
 * notation the engine resolves for due dates and timers, reminders before a deadline and
 * the record of every breach.
 */
package cn.enforceflow.deadline;
