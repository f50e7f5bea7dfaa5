/**
 * Fair shares of the gain of cooperation. {@link org.riparian.analysis.coalition.Game} and the solutions on it
 * ({@link org.riparian.analysis.coalition.ShapleyValue}, {@link org.riparian.analysis.coalition.Nucleolus},
 * {@link org.riparian.analysis.coalition.Core}) know nothing of water, so they are checked on textbook games;
 * {@link org.riparian.analysis.coalition.WaterGame} computes the coalition values of a basin's countries from engine
 * runs and {@link org.riparian.analysis.coalition.FairShares} puts the two together for a negotiator.
 */
package org.riparian.analysis.coalition;
