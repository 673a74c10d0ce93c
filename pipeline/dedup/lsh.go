package dedup

import (
	"slices"
)

// A pair holds two document indexes i < j as i<<32 | j, so that pair lists
// sort and deduplicate as plain integers.
type pair uint64

func makePair(i, j int) pair {
	if i > j {
		i, j = j, i
	}
	return pair(uint64(i)<<32 | uint64(j))
}

func (p pair) split() (int, int) { return int(p >> 32), int(uint32(p)) }

type bandKey struct {
	key uint64
	doc int32
}

// lshPairs returns, sorted and without repeats, the pairs of documents
// whose signatures agree on all rows of at least one of bands bands (the
// banding scheme of MinHash LSH): a pair of Jaccard similarity J is found
// with probability 1-(1-J^rows)^bands. A bucket with more than maxBucket
// members (boilerplate shared by a whole feed) chains each member to the
// next instead of to every other, which keeps the output linear and still
// joins them into one story. Nil signatures take no part.
func lshPairs(sigs []signature, bands, rows, maxBucket int) []pair {
	var out []pair
	eachBucketPair(sigs, bands, rows, maxBucket, func(i, j int) { out = append(out, makePair(i, j)) })
	slices.Sort(out)
	return slices.Compact(out)
}

// eachBucketPair calls f(i, j) for the pairs lshPairs returns, i < j, in
// no particular order and as often as they share a bucket: story grouping
// only joins them, and sorting the repeats of every band cost more than
// the grouping.
func eachBucketPair(sigs []signature, bands, rows, maxBucket int, f func(i, j int)) {
	keys := make([]bandKey, 0, len(sigs))
	tmp := make([]bandKey, len(sigs))
	for b := range bands {
		keys = keys[:0]
		for i, sig := range sigs {
			if len(sig) < (b+1)*rows {
				continue
			}
			h := mix64(uint64(b)+signSeed) ^ uint64(b)
			for _, v := range sig[b*rows : (b+1)*rows] {
				h = (h ^ uint64(v)) * fnvPrime
			}
			keys = append(keys, bandKey{mix64(h), int32(i)})
		}
		sortBandKeys(keys, tmp[:len(keys)])
		eachBucket(keys, maxBucket, f)
	}
}

// sortBandKeys orders keys, made in the order of their docs, so that
// equal keys are adjacent and in the order of their docs, using tmp (as
// long as keys): a stable radix sort on the low 32 bits of the keys, then
// a stable insertion sort by whole key of each run that shares them,
// which two keys rarely do. Buckets come in no useful order, which
// grouping does not need; for the 32 bands of a large run it costs a
// fraction of a comparison sort.
func sortBandKeys(keys, tmp []bandKey) {
	src, dst := keys, tmp
	for shift := 0; shift < 32; shift += 8 {
		var count [257]int
		for _, k := range src {
			count[(k.key>>shift)&0xff+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, k := range src {
			d := (k.key >> shift) & 0xff
			dst[count[d]] = k
			count[d]++
		}
		src, dst = dst, src
	}
	// Four passes: the keys are back in keys.
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && uint32(keys[hi].key) == uint32(keys[lo].key) {
			hi++
		}
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && keys[j].key < keys[j-1].key; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
		lo = hi
	}
}

// eachBucket calls f for the pairs within each run of equal keys.
func eachBucket(keys []bandKey, maxBucket int, f func(i, j int)) {
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi].key == keys[lo].key {
			hi++
		}
		for i := lo; i < hi; i++ {
			last := hi
			if hi-lo > maxBucket {
				last = min(i+2, hi) // a chain: each to the next
			}
			for j := i + 1; j < last; j++ {
				f(int(keys[i].doc), int(keys[j].doc))
			}
		}
		lo = hi
	}
}
