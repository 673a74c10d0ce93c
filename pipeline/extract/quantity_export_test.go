package extract

// FindQuantities exposes findQuantities to the external tests.
var FindQuantities = findQuantities
