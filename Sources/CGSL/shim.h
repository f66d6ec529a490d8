// The parts of the GNU Scientific Library that PortalSim uses, and small inline
// wrappers for what Swift 6 cannot touch directly. (Random numbers are not among them:
// PortalPhysics/Random has a counter-based generator in Swift.)
#ifndef PORTALSIM_CGSL_SHIM_H
#define PORTALSIM_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_mode.h>
#include <gsl/gsl_sf_bessel.h>
#include <gsl/gsl_sf_ellint.h>
#include <gsl/gsl_sf_expint.h>
#include <gsl/gsl_sf_result.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_eigen.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_version.h>

/// Double precision mode for the special functions (GSL_PREC_DOUBLE).
static inline gsl_mode_t portalsim_prec_double(void) { return GSL_PREC_DOUBLE; }

#endif
