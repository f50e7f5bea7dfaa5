/**
 * Quality control: rules configured per datastream (range per month, hard and soft; rate of change; flat line; gaps;
 * upstream–downstream continuity along the network) and the flags they set. Flags never delete or change an
 * observation; each names the rule that set it, and every read of an observation shows its flags.
 */
package org.riparian.store.qc;
