package dedup

import "math"

// A signature is a one-permutation MinHash sketch of a Doc's set of word
// shingles: the shingle hashes are spread over len(sig) bins and each bin
// keeps its smallest value. Two signatures agree in a bin with probability
// equal to the Jaccard similarity of the two shingle sets (Li, Owen and
// Zhang 2012), so the fraction of agreeing bins estimates it. Hashing each
// shingle once, rather than once per hash function as classic MinHash
// does, is what makes signing cheap.
type signature []uint32

// A signer computes signatures with fixed seeds, so that runs and machines
// agree.
type signer struct {
	hashes int // bins per signature
	words  int // words per shingle
	seed   uint64
	filled []uint64 // scratch: bit i set when bin i got a shingle
}

const signSeed = 0x9e3779b97f4a7c15

func newSigner(hashes, words int) *signer {
	return &signer{hashes: hashes, words: words, seed: signSeed, filled: make([]uint64, (hashes+63)/64)}
}

// mix64 is the splitmix64 finalizer: a cheap bijection that spreads every
// input bit over the output.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// sign returns the signature of the word shingles of words (word hashes
// in text order), reusing dst. A text shorter than one shingle is one
// shingle. It returns nil when there are no words.
func (s *signer) sign(dst signature, words []uint64) signature {
	if len(words) == 0 {
		return nil
	}
	dst = append(dst[:0], make(signature, s.hashes)...)
	clear(s.filled)
	w := min(s.words, len(words))
	for i := 0; i+w <= len(words); i++ {
		h := s.seed
		for _, x := range words[i : i+w] {
			h = (h ^ x) * fnvPrime
		}
		s.add(dst, mix64(h))
	}
	s.densify(dst)
	return dst
}

func (s *signer) add(sig signature, h uint64) {
	bin := int((h >> 32) * uint64(s.hashes) >> 32)
	v := uint32(h)
	if s.filled[bin/64]&(1<<(bin%64)) == 0 {
		s.filled[bin/64] |= 1 << (bin % 64)
		sig[bin] = v
	} else if v < sig[bin] {
		sig[bin] = v
	}
}

// densify fills each empty bin from a non-empty bin chosen by a hash of
// the bin and the attempt, the "optimal densification" of Shrivastava
// (2017): it keeps agreement probability equal to Jaccard similarity
// without the correlated errors of borrowing from a neighbour.
func (s *signer) densify(sig signature) {
	for i := range sig {
		if s.filled[i/64]&(1<<(i%64)) != 0 {
			continue
		}
		for a := uint64(1); ; a++ {
			j := int((mix64(s.seed^uint64(i)<<20^a) >> 32) * uint64(s.hashes) >> 32)
			if s.filled[j/64]&(1<<(j%64)) != 0 {
				sig[i] = sig[j]
				break
			}
		}
	}
}

// similarity estimates the Jaccard similarity of the shingle sets that
// gave a and b.
func (a signature) similarity(b signature) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// lshThreshold is the Jaccard similarity at which a pair has even odds of
// sharing a band: (1/bands)^(1/rows).
func lshThreshold(bands, rows int) float64 {
	return math.Pow(1/float64(bands), 1/float64(rows))
}
