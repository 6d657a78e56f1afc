package org.spotspec.testing;

/** GetSpotPlacementScores answers in EC2's XML, for WireMock stubs. */
public final class PlacementScoreXml {
    private PlacementScoreXml() {
    }

    /** GetSpotPlacementScores's answer, as EC2 sends it; an empty nextToken marks the last page. */
    public static String scores(String nextToken, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetSpotPlacementScoresResponse "
                + "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>7f3e1c2a-5b1d-4f0e-9a77-example"
                + "</requestId><spotPlacementScoreSet>" + String.join("", items) + "</spotPlacementScoreSet>"
                + (nextToken == null ? "<nextToken/>" : "<nextToken>" + nextToken + "</nextToken>")
                + "</GetSpotPlacementScoresResponse>";
    }

    public static String item(String region, String zoneId, int score) {
        return "<item><region>" + region + "</region>" + (zoneId == null ? ""
                : "<availabilityZoneId>" + zoneId + "</availabilityZoneId>") + "<score>" + score + "</score></item>";
    }
}
