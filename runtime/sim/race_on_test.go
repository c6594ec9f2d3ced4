//go:build race

package sim_test

// raceBuild: built with -race, where a kernel whose threads race on global
// memory is a Go data race too (plain slices), so such kernels are not run.
const raceBuild = true
