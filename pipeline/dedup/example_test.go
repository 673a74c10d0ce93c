package dedup_test

import (
	"context"
	"fmt"
	"github.com/crosscheck-news/crosscheck/pipeline/article"

	"github.com/crosscheck-news/crosscheck/pipeline/dedup"
)

func Example() {
	docs := []article.Doc{
		makeDoc("a", "Coastal Herald", "2023-06-02",
			"Firefighters had contained 40 percent of the Ridgeback wildfire near Pinecrest by Friday. "+
				"The fire has burned 3,200 acres since Tuesday, and 800 homes remain under evacuation orders."),
		makeDoc("b", "Regional Wire", "2023-06-03",
			"Firefighters had contained 40 percent of the Ridgeback wildfire near Pinecrest by Friday. "+
				"The fire has burned 3,500 acres since Tuesday, and 800 homes remain under evacuation orders."),
		makeDoc("c", "Court News", "2023-06-02",
			"The trial of former Brightwater mayor Leonard Asher opened on Wednesday in Hollis County."),
	}
	res, err := dedup.Run(context.Background(), docs, dedup.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range res.Stories {
		fmt.Println(s.ID, s.Articles, "voices:", s.Voices)
	}
	for _, r := range res.Relations {
		fmt.Printf("%s %s %v from %s: %s\n", r.A, r.B, r.Kind, r.From, r.Why)
	}
	// Output:
	// S1 [a b] voices: [[a b]]
	// S2 [c] voices: [[c]]
	// a b near_duplicate from a: a published earlier (2023-06-02, b 2023-06-03)
}
