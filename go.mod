module github.com/lastmile/lastmile

go 1.26.8

require github.com/jdkato/prose/v3 v3.2.3

require (
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
