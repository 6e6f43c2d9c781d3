using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalogue.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class LinkChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "link_checks",
                columns: table => new
                {
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    http_status = table.Column<int>(type: "integer", nullable: true),
                    status_since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_success_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false),
                    last_checked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    redirect_target = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_link_checks", x => x.url);
                });

            migrationBuilder.CreateIndex(
                name: "ix_link_checks_last_checked_at",
                table: "link_checks",
                column: "last_checked_at");

            migrationBuilder.CreateIndex(
                name: "ix_link_checks_status_status_since",
                table: "link_checks",
                columns: new[] { "status", "status_since" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "link_checks");
        }
    }
}
