/**
 * The work inbox: the tasks waiting for a person, each with its due date counted in
 * working days.
 */
package cn.enforceflow.inbox;
