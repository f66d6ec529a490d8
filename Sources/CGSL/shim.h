// The parts of the GNU Scientific Library that PortalSim uses, and small inline
// wrappers for what Swift 6 cannot touch directly.
//
// GSL's generator types (gsl_rng_mt19937, ...) are global mutable variables, which
// Swift 6's strict concurrency rejects as shared state; the functions below return
// them by value instead.
#ifndef PORTALSIM_CGSL_SHIM_H
#define PORTALSIM_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_mode.h>
#include <gsl/gsl_sf_ellint.h>
#include <gsl/gsl_sf_result.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_eigen.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>

/// The Mersenne Twister MT19937 generator type.
static inline const gsl_rng_type *portalsim_rng_mt19937(void) { return gsl_rng_mt19937; }

/// The RANLXD2 generator type (luxury level 2, double precision).
static inline const gsl_rng_type *portalsim_rng_ranlxd2(void) { return gsl_rng_ranlxd2; }

/// The maximally equidistributed combined Tausworthe generator taus2 (L'Ecuyer 1999):
/// period 2^88, passes the usual batteries, and about twice as fast as MT19937.
static inline const gsl_rng_type *portalsim_rng_taus2(void) { return gsl_rng_taus2; }

/// Double precision mode for the special functions (GSL_PREC_DOUBLE).
static inline gsl_mode_t portalsim_prec_double(void) { return GSL_PREC_DOUBLE; }

#endif
