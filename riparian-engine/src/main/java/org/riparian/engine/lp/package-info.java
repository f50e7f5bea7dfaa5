/**
 * The solver interface the engine codes against ({@link org.riparian.engine.lp.LinearSolver}: built once, re-solved
 * with new bounds) and its OR-Tools backend for GLOP and CLP, with readable LP export.
 */
package org.riparian.engine.lp;
