package ingest_test

import (
	"context"
	"fmt"
	"testing/fstest"

	"github.com/crosscheck-news/crosscheck/pipeline/ingest"
	"github.com/crosscheck-news/crosscheck/seeds"
)

func Example() {
	fsys := fstest.MapFS{
		"news/storm.md": {Data: []byte("---\nsource: Daily News\npublished: 2024-03-05\n---\nA storm hit the coast on Tuesday.\n")},
		"news/feed.jsonl": {Data: []byte(`{"id": "wire 1", "outlet": "Globe Wire", "text": "Power was back by Wednesday."}` + "\n" +
			`{"text": "cut off` + "\n")},
		"news/photo.jpg": {Data: []byte("\xff\xd8\xff\xe0")},
	}
	manifest := ingest.Manifest{"storm.md": {Title: "Storm hits coast"}}
	in := []ingest.Input{{FS: fsys, Pattern: "news", Name: "news"}}
	arts, problems, err := ingest.Run(context.Background(), in, ingest.Options{Manifest: manifest})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range arts {
		fmt.Printf("%s %s:%d %q %q %q %q\n", a.ID, a.Path, a.Line, a.Source, a.Title, a.Published.String(), a.Body)
	}
	for _, p := range problems {
		fmt.Println(p)
	}
	// Output:
	// wire_1 news/feed.jsonl:1 "Globe Wire" "" "" "Power was back by Wednesday."
	// storm news/storm.md:5 "Daily News" "Storm hits coast" "2024-03-05" "A storm hit the coast on Tuesday.\n"
	// news/feed.jsonl:2: invalid json: unexpected end of input
}

func ExampleReadManifest() {
	m, err := ingest.ReadManifest(seeds.FS, seeds.Manifest)
	if err != nil {
		fmt.Println(err)
		return
	}
	meta := m["004_47c9a843efa68e47.txt"]
	fmt.Println(meta.Source, meta.Published.From, meta.Published.To, meta.Published.Exact())
	// Output:
	// unknown outlet (rewrite of The Hill) 2022-02-02 2022-02-11 false
}
