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
#include <gsl/gsl_sf_bessel.h>
#include <gsl/gsl_sf_ellint.h>
#include <gsl/gsl_sf_expint.h>
#include <gsl/gsl_sf_result.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_eigen.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_version.h>

/// The Mersenne Twister MT19937 generator type.
static inline const gsl_rng_type *portalsim_rng_mt19937(void) { return gsl_rng_mt19937; }

/// The RANLXD2 generator type (luxury level 2, double precision).
static inline const gsl_rng_type *portalsim_rng_ranlxd2(void) { return gsl_rng_ranlxd2; }

/// The maximally equidistributed combined Tausworthe generator taus2 (L'Ecuyer 1999):
/// period 2^88, passes the usual batteries, and about twice as fast as MT19937.
static inline const gsl_rng_type *portalsim_rng_taus2(void) { return gsl_rng_taus2; }

/// Seeds a taus2 generator from 96 bits instead of gsl_rng_set's 32, so that the
/// streams of millions of (seed, case, block) triples do not collide (with 32-bit
/// seeds, 60,000 streams already collide with a chance of one in three).
///
/// GSL's taus2 keeps its state as three unsigned longs s1, s2, s3 of which it uses the
/// low 32 bits, and requires s1 > 1, s2 > 7, s3 > 15; the lowest bits are forced so, and
/// the generator is warmed up six steps as gsl_rng_set does.
static inline void portalsim_taus2_seed(gsl_rng *r, unsigned long a, unsigned long b, unsigned long c) {
    typedef struct { unsigned long s1, s2, s3; } portalsim_taus_state;
    portalsim_taus_state *state = (portalsim_taus_state *) r->state;
    state->s1 = (a & 0xffffffffUL) | 0x2UL;
    state->s2 = (b & 0xffffffffUL) | 0x8UL;
    state->s3 = (c & 0xffffffffUL) | 0x10UL;
    for (int i = 0; i < 6; i++) { (void) gsl_rng_get(r); }
}

/// Double precision mode for the special functions (GSL_PREC_DOUBLE).
static inline gsl_mode_t portalsim_prec_double(void) { return GSL_PREC_DOUBLE; }

#endif
