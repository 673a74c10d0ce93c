package reconcile

// FuseEqual reports whether the raw values a and b are the same value
// after normalization, with the default tolerance; two missing values are
// equal.
func FuseEqual(a, b string) bool {
	va, oka := fuseNormalize(a)
	vb, okb := fuseNormalize(b)
	return oka == okb && (!oka || fuseSame(va, vb, 1e-9))
}
