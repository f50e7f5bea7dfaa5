package org.riparian.engine.allocation;

/**
 * A group of shortages that rank equally: the soft requirements, or the demands of one priority. Served
 * lexicographically, tier by tier; within a tier the shortage is shared as an equal fraction of each member's need.
 *
 * @param members node index of each demand, or requirement index in the requirement tier
 * @param sumRow row bounding the tier's total shortage once it has been minimised
 * @param fairnessColumn the common shortage fraction z of the equal-fraction pass
 * @param fairnessRows per member: shortage − z · need ≤ 0
 */
record Tier(String label, boolean requirements, int[] members, int[] shortageColumns, int sumRow, int fairnessColumn,
        int[] fairnessRows) {
}
