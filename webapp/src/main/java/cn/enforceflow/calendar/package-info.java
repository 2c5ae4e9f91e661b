/**
 * The working-day calendar (工作日): statutory holidays and make-up working days (调休上班), and
 * the one implementation of working-day arithmetic that every deadline uses.
 */
package cn.enforceflow.calendar;
